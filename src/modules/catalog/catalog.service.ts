import type { Db, Executor, Trx } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors, text, type Issue } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { instantOf } from '../../kernel/time/clock.js';
import { ReferenceCache } from '../../kernel/reference-cache.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { OrgService } from '../org/org.service.js';
import { BundleService } from './bundle.service.js';
import {
  buildServiceGuide,
  caseTypeOf,
  crossItemIssues,
  diffItemVersions,
  mainItemCodeOf,
  validateItemDraft,
  type CaseType,
  type Item,
  type ServiceGuide,
} from './catalog.domain.js';
import { CatalogExcel } from './catalog-excel.service.js';
import type { CatalogItem, ItemFilter, ItemSummary, ItemVersion, Page } from './catalog.records.js';
import { CatalogReferences } from './catalog.references.js';
import type { CreateItem, ItemQuery, PublicItemQuery, UpdateItem } from './catalog.schema.js';
import { catalogStore } from './catalog.store.js';
import { actorName, codeTaken, docOf, failIf, orFail, sameSet } from './catalog.support.js';
import { CleanupService } from './cleanup.service.js';
import { FeeCatalogService } from './fee.service.js';
import { LIFE_EVENTS, lifeEventIssues } from './life-events.js';

/** An item as the API shows it: with its case type and department name. */
export type ItemPresented = CatalogItem & { caseType: CaseType; departmentName: string };
export type SummaryPresented = ItemSummary & { departmentName: string };

export interface PublicItem {
  item: ItemPresented;
  guide: ServiceGuide;
  department: { id: string; name: string; phone: string };
  windows: { id: string; number: string; name: string; location: string; phone: string }[];
  center: { name: string; address: string; phone: string };
}

const DEFAULT_PAGE_SIZE = 20;

/** Why a placeholder item is out of the catalog. */
const PLACEHOLDER_REASON = '历史办件导入时建立的占位事项：原系统的事项，本目录中没有；请核对后录入正式事项。';

/**
 * The service catalog (事项目录): items and their versions, the public search and service guides,
 * and — through its parts — bundles, cleanup rounds, the fee catalog and the Excel workbook.
 * Every change of an item's elements makes a new version; versions are never changed.
 */
export class CatalogService {
  readonly bundles: BundleService;
  readonly cleanup: CleanupService;
  readonly fees: FeeCatalogService;
  readonly excel: CatalogExcel;
  /** Active items' current versions as cases take them (read on every receipt and document). */
  private readonly itemsForCases: ReferenceCache<{ itemId: string; version: number; item: Item } | null>;
  /** Item versions by id and version (read for every case document's letterhead). */
  private readonly itemVersions: ReferenceCache<Item | null>;

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly org: OrgService,
  ) {
    this.itemsForCases = new ReferenceCache(uow);
    this.itemVersions = new ReferenceCache(uow);
    this.bundles = new BundleService(db, uow, this);
    this.cleanup = new CleanupService(db, uow, this);
    this.fees = new FeeCatalogService(db, uow, this);
    this.excel = new CatalogExcel(db, uow, this);
  }

  /** The organization as the catalog needs it; read before a write opens its transaction. */
  async references(): Promise<CatalogReferences> {
    const { centers, departments, windows } = await this.org.directory();
    return new CatalogReferences(centers, departments, windows);
  }

  /** Every active item with its current elements, by code (internal). */
  async activeItems(db: Executor = this.db): Promise<CatalogItem[]> {
    return catalogStore.currentItems(db, { status: 'active' });
  }

  /** The current version of an active item, or null (internal: cases keep the (itemId, version) they were accepted under). */
  async itemForCase(itemId: string): Promise<{ itemId: string; version: number; item: Item } | null> {
    return this.itemsForCases.get(itemId, async () => {
      const found = await catalogStore.findItem(this.db, itemId);
      return found?.status === 'active' ? { itemId: found.id, version: found.version, item: docOf(found) } : null;
    });
  }

  /** Every item's head, whatever its status (internal: the history import of cases matches names against it). */
  async itemDirectory(): Promise<{ id: string; code: string; name: string; departmentId: string; version: number }[]> {
    return catalogStore.itemHeads(this.db);
  }

  /**
   * A placeholder (占位) item for a history import of cases: the name the file gave, no elements,
   * cancelled at once so that it is never in the published catalog; the console shows it with the
   * reason (internal; the import audits it).
   */
  async createPlaceholderItem(
    trx: Trx,
    input: { id: string; departmentId: string; code: string; name: string; legalDays: number; promisedDays: number },
    made: { at: string; by: string },
  ): Promise<void> {
    const doc = docOf({ ...input, type: 'other', legalBasis: [], maxVisits: 0, channels: ['window'], agencyAllowed: false, conditions: [], materials: [], fees: [], steps: [], windowIds: [] });
    await catalogStore.insertItem(trx, { id: input.id, doc, lifeEvents: [] }, { reason: PLACEHOLDER_REASON, source: 'import', createdBy: made.by, at: made.at });
    await catalogStore.setStatus(trx, input.id, { status: 'cancelled', reason: PLACEHOLDER_REASON, at: made.at });
    await catalogStore.markPlaceholder(trx, input.id);
  }

  /** The elements of one version of an item, or null (internal: what a case was accepted under). */
  async itemVersion(itemId: string, version: number): Promise<Item | null> {
    return this.itemVersions.get(`${itemId}@${version}`, async () => (await catalogStore.findVersion(this.db, itemId, version))?.doc ?? null);
  }

  present(item: CatalogItem, refs: CatalogReferences): ItemPresented {
    return { ...item, caseType: caseTypeOf(item), departmentName: refs.departmentName(item.departmentId) };
  }

  /** The actor may manage the catalog of the department's center (any center when the department is unknown: validation says so). */
  authorizeManage(ctx: RequestContext, refs: CatalogReferences, departmentId: string): void {
    const center = refs.centerOf(departmentId);
    authorize(ctx.actor, 'catalog.manage', center ? { centerId: center.id } : {});
  }

  /**
   * Every problem of an item about to be saved: the domain's rules, the code against its
   * department, the life events, and a sub-item's main item (which must be in the catalog).
   */
  async itemIssues(db: Executor, doc: Item, lifeEvents: readonly string[], refs: CatalogReferences): Promise<Issue[]> {
    const main = mainItemCodeOf(doc.code);
    const mainItem = main === undefined ? null : await catalogStore.findItemByCode(db, main);
    const withMain = mainItem?.status === 'active' ? [docOf(mainItem), doc] : [doc];
    return [
      ...validateItemDraft(doc, refs.known),
      ...refs.codeIssues(doc),
      ...lifeEventIssues(lifeEvents),
      ...crossItemIssues(withMain, () => ''),
    ];
  }

  // ── staff API ───────────────────────────────────────────
  async listItems(ctx: RequestContext, query: ItemQuery): Promise<Page<SummaryPresented>> {
    authorize(ctx.actor, 'catalog.read');
    return this.search(query, query.status ?? 'active');
  }

  async getItem(ctx: RequestContext, id: string): Promise<ItemPresented> {
    authorize(ctx.actor, 'catalog.read');
    const item = orFail(await catalogStore.findItem(this.db, id), 'item', id);
    return this.present(item, await this.references());
  }

  async versions(ctx: RequestContext, id: string): Promise<ItemVersion[]> {
    authorize(ctx.actor, 'catalog.read');
    orFail(await catalogStore.findItem(this.db, id), 'item', id);
    return catalogStore.listVersions(this.db, id);
  }

  async version(ctx: RequestContext, id: string, version: number): Promise<ItemVersion> {
    authorize(ctx.actor, 'catalog.read');
    return orFail(await catalogStore.findVersion(this.db, id, version), 'version', `${id} v${version}`);
  }

  async createItem(ctx: RequestContext, input: CreateItem): Promise<ItemPresented> {
    const refs = await this.references();
    this.authorizeManage(ctx, refs, input.departmentId);
    const { lifeEvents = [], reason = '新增事项', ...fields } = input;
    const doc = docOf({ legalBasis: [], agencyAllowed: false, conditions: [], materials: [], fees: [], steps: [], windowIds: [], ...fields });
    return this.uow.write(ctx, async (trx, audit) => {
      failIf(await this.itemIssues(trx, doc, lifeEvents, refs));
      if (await catalogStore.codeTaken(trx, doc.code)) {
        throw codeTaken('catalog.code_duplicate', '实施编码“{code}”已被目录中的其他事项使用（含已取消的事项）。', 'The item code "{code}" is taken by another item of the catalog (cancelled ones included).', { code: doc.code });
      }
      const id = newId(ctx.clock);
      const at = instantOf(ctx.clock);
      await catalogStore.insertItem(trx, { id, doc, lifeEvents }, { reason, source: 'create', createdBy: actorName(ctx), at });
      await audit.record({ action: 'item.create', entityType: 'item', entityId: id, centerId: refs.centerOf(doc.departmentId)?.id ?? null, after: { version: 1, lifeEvents, ...doc } });
      return this.present(orFail(await catalogStore.findItem(trx, id), 'item', id), refs);
    });
  }

  /**
   * Changes an item: the given elements replace the current ones and make a new version with the
   * reason. The code never changes here (moving an item to a township is a cleanup's 下放). Life
   * events are classification: they change without a new version. Nothing changed, nothing written.
   */
  async updateItem(ctx: RequestContext, id: string, patch: UpdateItem): Promise<{ item: ItemPresented; changed: boolean }> {
    const refs = await this.references();
    const current = orFail(await catalogStore.findItem(this.db, id), 'item', id);
    this.authorizeManage(ctx, refs, current.departmentId);
    const { reason, lifeEvents, ...elements } = patch;
    const next = (base: CatalogItem): Item => docOf({ ...docOf(base), ...elements, code: base.code });
    const unchanged = (base: CatalogItem) => diffItemVersions(docOf(base), next(base)).length === 0 && (!lifeEvents || sameSet(lifeEvents, base.lifeEvents));
    if (unchanged(current)) return { item: this.present(current, refs), changed: false };
    if (elements.departmentId) this.authorizeManage(ctx, refs, elements.departmentId);
    return this.uow.write(ctx, async (trx, audit) => {
      const before = orFail(await catalogStore.findItem(trx, id), 'item', id);
      if (before.status !== 'active') {
        throw errors.rule('item.not_active', text('事项“{name}”已取消或合并，不能再修改。', 'Item "{name}" is cancelled or merged and can no longer change.', { name: before.name }));
      }
      const doc = next(before);
      failIf(await this.itemIssues(trx, doc, lifeEvents ?? before.lifeEvents, refs));
      const changes = diffItemVersions(docOf(before), doc);
      const at = instantOf(ctx.clock);
      if (changes.length > 0) {
        await catalogStore.addVersion(trx, { itemId: id, version: before.version + 1, doc, changes, reason, source: 'update', createdBy: actorName(ctx), at }, lifeEvents);
      } else if (lifeEvents) {
        await catalogStore.setLifeEvents(trx, id, lifeEvents, at);
      }
      const after = orFail(await catalogStore.findItem(trx, id), 'item', id);
      await audit.record({
        action: 'item.update',
        entityType: 'item',
        entityId: id,
        centerId: refs.centerOf(doc.departmentId)?.id ?? null,
        before: { version: before.version, lifeEvents: before.lifeEvents },
        after: { version: after.version, lifeEvents: after.lifeEvents, reason, changes },
      });
      return { item: this.present(after, refs), changed: true };
    });
  }

  // ── public (portal) ─────────────────────────────────────
  async search(query: PublicItemQuery, status: ItemFilter['status'] = 'active'): Promise<Page<SummaryPresented>> {
    const filter: ItemFilter = { status };
    for (const key of ['q', 'departmentId', 'type', 'lifeEvent', 'channel'] as const) {
      const value = query[key];
      if (value !== undefined) filter[key] = value;
    }
    const [page, refs] = await Promise.all([
      catalogStore.searchItems(this.db, filter, query.page ?? 1, query.pageSize ?? DEFAULT_PAGE_SIZE),
      this.references(),
    ]);
    return { ...page, items: page.items.map((s) => ({ ...s, departmentName: refs.departmentName(s.departmentId) })) };
  }

  /** An active item by id or code, with its service guide and where to apply. */
  async publicItem(key: string): Promise<PublicItem> {
    const item = (await catalogStore.findItem(this.db, key)) ?? (await catalogStore.findItemByCode(this.db, key));
    if (!item || item.status !== 'active') throw errors.notFound('事项', key);
    const refs = await this.references();
    const department = refs.department(item.departmentId);
    const center = refs.centerOf(item.departmentId);
    return {
      item: this.present(item, refs),
      guide: buildServiceGuide(item, refs.guideContext(item)),
      department: { id: item.departmentId, name: department?.name ?? '', phone: department?.phone ?? '' },
      windows: item.windowIds.flatMap((id) => {
        const w = refs.window(id);
        return w ? [{ id: w.id, number: w.number, name: w.name, location: w.location, phone: w.phone }] : [];
      }),
      center: { name: center?.name ?? '', address: center?.address ?? '', phone: center?.phone ?? '' },
    };
  }

  /** The life events with the number of active items and bundles in each. */
  async lifeEvents(): Promise<Array<(typeof LIFE_EVENTS)[number] & { items: number; bundles: number }>> {
    const [itemEvents, bundles] = await Promise.all([catalogStore.activeLifeEvents(this.db), this.bundles.activeLifeEvents()]);
    const count = (lists: string[][], id: string) => lists.filter((events) => events.includes(id)).length;
    return LIFE_EVENTS.map((event) => ({ ...event, items: count(itemEvents, event.id), bundles: count(bundles, event.id) }));
  }

}
