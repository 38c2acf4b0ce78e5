import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { BundleTable } from '../../db/schema.js';
import type { StoredBundle } from './catalog.records.js';

/** Storage of bundles (一件事). */

const toBundle = (r: Selectable<BundleTable>): StoredBundle => ({
  id: r.id,
  code: r.code,
  name: r.name,
  description: r.description,
  itemIds: JSON.parse(r.item_ids_json) as string[],
  lifeEvents: JSON.parse(r.life_events_json) as string[],
  active: r.active === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function columns(b: StoredBundle) {
  return {
    code: b.code,
    name: b.name,
    description: b.description,
    item_ids_json: JSON.stringify(b.itemIds),
    life_events_json: JSON.stringify(b.lifeEvents),
    active: b.active ? (1 as const) : (0 as const),
    updated_at: b.updatedAt,
  };
}

export const bundleStore = {
  async list(db: Executor, includeInactive: boolean): Promise<StoredBundle[]> {
    let q = db.selectFrom('bundles').selectAll().orderBy('code');
    if (!includeInactive) q = q.where('active', '=', 1);
    return (await q.execute()).map(toBundle);
  },
  async find(db: Executor, id: string): Promise<StoredBundle | null> {
    const row = await db.selectFrom('bundles').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toBundle(row) : null;
  },
  async codeTaken(db: Executor, code: string, exceptId?: string): Promise<boolean> {
    let q = db.selectFrom('bundles').select('id').where('code', '=', code);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  },
  async insert(db: Executor, b: StoredBundle): Promise<void> {
    await db.insertInto('bundles').values({ id: b.id, ...columns(b), created_at: b.createdAt }).execute();
  },
  async update(db: Executor, b: StoredBundle): Promise<void> {
    await db.updateTable('bundles').set(columns(b)).where('id', '=', b.id).execute();
  },
};
