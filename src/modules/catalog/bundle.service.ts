import type { Db, Executor } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { bundleStore } from './bundle.store.js';
import { buildBundleGuide, bundleIssues, type Bundle, type BundleGuide } from './catalog.domain.js';
import type { CatalogItem, ItemStatus, StoredBundle } from './catalog.records.js';
import type { CreateBundle, UpdateBundle } from './catalog-admin.schema.js';
import type { CatalogService } from './catalog.service.js';
import { catalogStore } from './catalog.store.js';
import { codeTaken, failIf, orFail } from './catalog.support.js';
import { lifeEventIssues } from './life-events.js';

export interface BundleView {
  id: string;
  code: string;
  name: string;
  description: string | null;
  lifeEvents: string[];
  active: boolean;
  /** Members in the order of handling; an item cancelled since shows its status. */
  items: { id: string; code: string; name: string; status: ItemStatus }[];
  createdAt: string;
  updatedAt: string;
}

export type BundleGuideView = Omit<BundleGuide, 'items'> & {
  items: (BundleGuide['items'][number] & { id: string; departmentName: string })[];
};

/** 一件事: several items offered as one service, with one combined guide where shared materials appear once. */
export class BundleService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly catalog: CatalogService,
  ) {}

  async list(ctx: RequestContext, includeInactive: boolean): Promise<BundleView[]> {
    authorize(ctx.actor, 'catalog.read');
    return this.views(await bundleStore.list(this.db, includeInactive));
  }

  async get(ctx: RequestContext, id: string): Promise<BundleView> {
    authorize(ctx.actor, 'catalog.read');
    const [view] = await this.views([orFail(await bundleStore.find(this.db, id), 'bundle', id)]);
    return view!;
  }

  async create(ctx: RequestContext, input: CreateBundle): Promise<BundleView> {
    authorize(ctx.actor, 'catalog.manage');
    return this.uow.write(ctx, async (trx, audit) => {
      const at = instantOf(ctx.clock);
      const bundle: StoredBundle = {
        id: newId(ctx.clock),
        code: input.code.trim(),
        name: input.name,
        description: input.description ?? null,
        itemIds: await this.memberIds(trx, input, input.lifeEvents ?? []),
        lifeEvents: input.lifeEvents ?? [],
        active: true,
        createdAt: at,
        updatedAt: at,
      };
      await this.refuseTakenCode(trx, bundle);
      await bundleStore.insert(trx, bundle);
      await audit.record({ action: 'bundle.create', entityType: 'bundle', entityId: bundle.id, after: bundle });
      return (await this.views([bundle], trx))[0]!;
    });
  }

  async update(ctx: RequestContext, id: string, patch: UpdateBundle & { active?: boolean }): Promise<BundleView> {
    authorize(ctx.actor, 'catalog.manage');
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await bundleStore.find(trx, id), 'bundle', id);
      const { itemCodes, ...rest } = patch;
      const after: StoredBundle = { ...before, ...rest, description: patch.description === undefined ? before.description : patch.description, updatedAt: instantOf(ctx.clock) };
      after.code = after.code.trim();
      const codes = itemCodes ?? (await catalogStore.currentItems(trx, { ids: before.itemIds })).map((i) => i.code);
      after.itemIds = await this.memberIds(trx, { code: after.code, name: after.name, description: after.description, itemCodes: codes }, after.lifeEvents);
      await this.refuseTakenCode(trx, after);
      await bundleStore.update(trx, after);
      await audit.record({ action: patch.active === false ? 'bundle.deactivate' : 'bundle.update', entityType: 'bundle', entityId: id, before, after });
      return (await this.views([after], trx))[0]!;
    });
  }

  /** Active bundles whose items are all still in the catalog: what the portal offers. */
  async publicList(): Promise<BundleView[]> {
    const views = await this.views(await bundleStore.list(this.db, false));
    return views.filter((b) => b.items.every((i) => i.status === 'active'));
  }

  /** The combined guide of an offered bundle: the items, their materials with shared ones once, and fees. */
  async publicGuide(id: string): Promise<{ bundle: BundleView; guide: BundleGuideView }> {
    const stored = await bundleStore.find(this.db, id);
    const members = stored ? await catalogStore.currentItems(this.db, { ids: stored.itemIds }) : [];
    if (!stored || !stored.active || members.some((i) => i.status !== 'active')) throw errors.notFound('一件事', id);
    const ordered = stored.itemIds.flatMap((itemId) => members.filter((m) => m.id === itemId));
    const guide = buildBundleGuide(asDomainBundle(stored, ordered), ordered);
    const refs = await this.catalog.references();
    const idOf = new Map(ordered.map((m) => [m.code, m.id]));
    return {
      bundle: (await this.views([stored]))[0]!,
      guide: { ...guide, items: guide.items.map((i) => ({ ...i, id: idOf.get(i.code) ?? '', departmentName: refs.departmentName(i.departmentId) })) },
    };
  }

  async activeLifeEvents(): Promise<string[][]> {
    return (await this.publicList()).map((b) => b.lifeEvents);
  }

  /** Checks a bundle against the active items (all problems at once) and gives its members' ids, in order. */
  private async memberIds(db: Executor, input: Omit<Bundle, 'description'> & { description?: string | null }, lifeEvents: string[]): Promise<string[]> {
    const items = await catalogStore.currentItems(db, { codes: input.itemCodes, status: 'active' });
    const bundle: Bundle = { code: input.code, name: input.name, itemCodes: input.itemCodes, ...(input.description ? { description: input.description } : {}) };
    failIf([...bundleIssues(bundle, items), ...lifeEventIssues(lifeEvents)]);
    return input.itemCodes.map((code) => items.find((i) => i.code === code)!.id);
  }

  private async refuseTakenCode(db: Executor, bundle: StoredBundle): Promise<void> {
    if (await bundleStore.codeTaken(db, bundle.code, bundle.id)) {
      throw codeTaken('bundle.code_duplicate', '一件事编码“{code}”已被使用。', 'The bundle code "{code}" is taken.', { code: bundle.code });
    }
  }

  private async views(bundles: readonly StoredBundle[], db: Executor = this.db): Promise<BundleView[]> {
    const members = await catalogStore.currentItems(db, { ids: bundles.flatMap((b) => b.itemIds) });
    return bundles.map(({ itemIds, ...b }) => ({
      ...b,
      items: itemIds.flatMap((id) => members.filter((m) => m.id === id).map((m) => ({ id: m.id, code: m.code, name: m.name, status: m.status }))),
    }));
  }
}

function asDomainBundle(stored: StoredBundle, members: readonly CatalogItem[]): Bundle {
  return {
    code: stored.code,
    name: stored.name,
    itemCodes: members.map((m) => m.code),
    ...(stored.description ? { description: stored.description } : {}),
  };
}
