import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { ItemTable, ItemVersionTable } from '../../db/schema.js';
import { caseTypeOf, mainItemCodeOf, type Item, type ItemChange } from './catalog.domain.js';
import type { CatalogItem, ItemFilter, ItemStatus, ItemSummary, ItemVersion, Page, VersionSource } from './catalog.records.js';

/** Storage of items (head rows) and their versions: the only place that touches these tables. */

const json = (value: unknown): string => JSON.stringify(value);
const parsed = <T>(text: string): T => JSON.parse(text) as T;

/** The text a search looks in: name, code, result and legal basis, lowercased. */
function searchText(doc: Item): string {
  return [doc.name, doc.code, doc.result ?? '', ...doc.legalBasis].join('\n').toLowerCase();
}

/** `%text%` for LIKE, with the wildcards of the text escaped by backslash. */
function containing(textToFind: string): string {
  return `%${textToFind.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

const toSummary = (r: Selectable<ItemTable>): ItemSummary => ({
  id: r.id,
  code: r.code,
  mainCode: r.main_code,
  name: r.name,
  type: r.type as Item['type'],
  departmentId: r.department_id,
  legalDays: r.legal_days,
  promisedDays: r.promised_days,
  caseType: caseTypeOf({ promisedDays: r.promised_days }),
  maxVisits: r.max_visits,
  channels: parsed(r.channels_json),
  lifeEvents: parsed(r.life_events_json),
  status: r.status,
  version: r.current_version,
  updatedAt: r.updated_at,
});

const toItem = (r: Selectable<ItemTable>, docJson: string): CatalogItem => ({
  ...parsed<Item>(docJson),
  id: r.id,
  mainCode: r.main_code,
  status: r.status,
  statusReason: r.status_reason,
  statusChangedAt: r.status_changed_at,
  mergedIntoId: r.merged_into_id,
  version: r.current_version,
  lifeEvents: parsed(r.life_events_json),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toVersion = (r: Selectable<ItemVersionTable>): ItemVersion => ({
  itemId: r.item_id,
  version: r.version,
  code: r.code,
  name: r.name,
  reason: r.reason,
  source: r.source,
  cleanupRoundId: r.cleanup_round_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  changes: parsed(r.changes_json),
  doc: parsed(r.doc_json),
});

/** The head columns that follow from an item's elements. */
function headOf(doc: Item) {
  return {
    code: doc.code,
    main_code: mainItemCodeOf(doc.code) ?? null,
    name: doc.name,
    type: doc.type,
    department_id: doc.departmentId,
    legal_days: doc.legalDays,
    promised_days: doc.promisedDays,
    max_visits: doc.maxVisits,
    channels_json: json(doc.channels),
    search: searchText(doc),
  };
}

export interface NewVersion {
  itemId: string;
  version: number;
  doc: Item;
  changes: ItemChange[];
  reason: string;
  source: VersionSource;
  cleanupRoundId?: string | null;
  createdBy: string;
  at: string;
}

export interface StatusChange {
  status: ItemStatus;
  reason: string;
  mergedIntoId?: string | null;
  cleanupRoundId?: string | null;
  at: string;
}

export const catalogStore = {
  /** Writes version 1 and the head of a new item. */
  async insertItem(db: Executor, item: { id: string; doc: Item; lifeEvents: string[] }, version: Omit<NewVersion, 'itemId' | 'version' | 'doc' | 'changes'>): Promise<void> {
    await db
      .insertInto('items')
      .values({
        id: item.id,
        ...headOf(item.doc),
        life_events_json: json(item.lifeEvents),
        status: 'active',
        status_reason: null,
        status_changed_at: null,
        merged_into_id: null,
        cleanup_round_id: null,
        current_version: 1,
        created_at: version.at,
        updated_at: version.at,
      })
      .execute();
    await catalogStore.insertVersion(db, { ...version, itemId: item.id, version: 1, doc: item.doc, changes: [] });
  },

  /** Appends a version and moves the head to it. */
  async addVersion(db: Executor, version: NewVersion, lifeEvents?: string[]): Promise<void> {
    await catalogStore.insertVersion(db, version);
    await db
      .updateTable('items')
      .set({
        ...headOf(version.doc),
        ...(lifeEvents ? { life_events_json: json(lifeEvents) } : {}),
        current_version: version.version,
        updated_at: version.at,
      })
      .where('id', '=', version.itemId)
      .execute();
  },

  async insertVersion(db: Executor, v: NewVersion): Promise<void> {
    await db
      .insertInto('item_versions')
      .values({
        item_id: v.itemId,
        version: v.version,
        code: v.doc.code,
        name: v.doc.name,
        doc_json: json(v.doc),
        changes_json: json(v.changes),
        reason: v.reason,
        source: v.source,
        cleanup_round_id: v.cleanupRoundId ?? null,
        created_by: v.createdBy,
        created_at: v.at,
      })
      .execute();
  },

  async setLifeEvents(db: Executor, itemId: string, lifeEvents: string[], at: string): Promise<void> {
    await db.updateTable('items').set({ life_events_json: json(lifeEvents), updated_at: at }).where('id', '=', itemId).execute();
  },

  async setStatus(db: Executor, itemId: string, change: StatusChange): Promise<void> {
    await db
      .updateTable('items')
      .set({
        status: change.status,
        status_reason: change.reason,
        status_changed_at: change.at,
        merged_into_id: change.mergedIntoId ?? null,
        cleanup_round_id: change.cleanupRoundId ?? null,
        updated_at: change.at,
      })
      .where('id', '=', itemId)
      .execute();
  },

  /** Marks an item as a placeholder (占位) created by a history import of cases. */
  async markPlaceholder(db: Executor, itemId: string): Promise<void> {
    await db.updateTable('items').set({ placeholder: 1 }).where('id', '=', itemId).execute();
  },

  /** Every item's head (any status): what the history import matches names against. */
  async itemHeads(db: Executor): Promise<{ id: string; code: string; name: string; departmentId: string; version: number }[]> {
    const rows = await db.selectFrom('items').select(['id', 'code', 'name', 'department_id', 'current_version']).orderBy('code').execute();
    return rows.map((r) => ({ id: r.id, code: r.code, name: r.name, departmentId: r.department_id, version: r.current_version }));
  },

  async findItem(db: Executor, id: string): Promise<CatalogItem | null> {
    return (await catalogStore.currentItems(db, { ids: [id] }))[0] ?? null;
  },

  async findItemByCode(db: Executor, code: string): Promise<CatalogItem | null> {
    return (await catalogStore.currentItems(db, { codes: [code] }))[0] ?? null;
  },

  /** Items with their current elements, ordered by code: all, or those with the given ids, codes or status. */
  async currentItems(db: Executor, filter: { ids?: readonly string[]; codes?: readonly string[]; status?: ItemStatus } = {}): Promise<CatalogItem[]> {
    let q = db
      .selectFrom('items')
      .innerJoin('item_versions', (join) => join.onRef('item_versions.item_id', '=', 'items.id').onRef('item_versions.version', '=', 'items.current_version'))
      .selectAll('items')
      .select('item_versions.doc_json')
      .orderBy('items.code');
    if (filter.ids) q = q.where('items.id', 'in', [...filter.ids, '']);
    if (filter.codes) q = q.where('items.code', 'in', [...filter.codes, '']);
    if (filter.status) q = q.where('items.status', '=', filter.status);
    return (await q.execute()).map(({ doc_json, ...head }) => toItem(head, doc_json));
  },

  /** A page of the catalog, filtered; `q` looks in the item's name, code, result, legal basis and department name. */
  async searchItems(db: Executor, filter: ItemFilter, page: number, pageSize: number): Promise<Page<ItemSummary>> {
    let q = db.selectFrom('items').innerJoin('departments', 'departments.id', 'items.department_id');
    const status = filter.status ?? 'active';
    if (status !== 'all') q = q.where('items.status', '=', status);
    if (filter.departmentId) q = q.where('items.department_id', '=', filter.departmentId);
    if (filter.type) q = q.where('items.type', '=', filter.type);
    if (filter.lifeEvent) q = q.where('items.life_events_json', 'like', `%${json(filter.lifeEvent)}%`);
    if (filter.channel) q = q.where('items.channels_json', 'like', `%${json(filter.channel)}%`);
    const words = (filter.q ?? '').trim().split(/\s+/).filter((w) => w !== '');
    for (const word of words) {
      const pattern = containing(word);
      q = q.where((eb) =>
        eb.or([
          sql<boolean>`${eb.ref('items.search')} like ${pattern} escape '\\'`,
          sql<boolean>`lower(${eb.ref('departments.name')}) like ${pattern} escape '\\'`,
          sql<boolean>`lower(${eb.ref('departments.short_name')}) like ${pattern} escape '\\'`,
        ]),
      );
    }
    const counted = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    // Items whose name holds the first word come first, then by code (sub-items follow their main item).
    let ordered = q.selectAll('items');
    if (words[0] !== undefined) ordered = ordered.orderBy(sql`case when lower(items.name) like ${containing(words[0])} escape '\\' then 0 else 1 end`);
    const rows = await ordered
      .orderBy('items.code')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute();
    return { items: rows.map(toSummary), total: Number(counted.n), page, pageSize };
  },

  /** The life events of the active items (one array per item), for the portal's counts. */
  async activeLifeEvents(db: Executor): Promise<string[][]> {
    const rows = await db.selectFrom('items').select('life_events_json').where('status', '=', 'active').execute();
    return rows.map((r) => parsed<string[]>(r.life_events_json));
  },

  /** True when any item, whatever its status, other than `exceptId` has the code. */
  async codeTaken(db: Executor, code: string, exceptId?: string): Promise<boolean> {
    let q = db.selectFrom('items').select('id').where('code', '=', code);
    if (exceptId) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  },

  async listVersions(db: Executor, itemId: string): Promise<ItemVersion[]> {
    const rows = await db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version', 'desc').execute();
    return rows.map(toVersion);
  },

  async findVersion(db: Executor, itemId: string, version: number): Promise<ItemVersion | null> {
    const row = await db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).where('version', '=', version).executeTakeFirst();
    return row ? toVersion(row) : null;
  },
};
