import { errors, issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { LocalizedText } from '../../../kernel/i18n/locale.js';
import { creditCodeIssues, normalizeCreditCode } from '../../../kernel/validators/credit-code.js';
import { regionCodeIssues } from '../../../kernel/validators/region-code.js';
import { crossItemIssues } from './catalog-validation.js';
import { oneOfIssues, textIssues } from './checks.js';
import { catalogFigures, type CatalogFigures } from './figures.js';
import type { Item, ItemDraft, ItemType } from './item.js';
import { formatItemCode, isSubItemCode, parseItemCode } from './item-code.js';
import { diffItemVersions, type ItemChange } from './item-diff.js';
import { validateItemDraft, type KnownReferences } from './item-validation.js';
import { CLEANUP_ACTION_LABELS } from './labels.js';

/**
 * 事项清理（清理轮次）：对目录中的事项逐项提出处理意见，得出清理后的目录和公告摘要。
 *
 * Actions: 保留 retain / 取消 cancel / 调整 adjust (change any element but the code) /
 * 下放 delegate (to a township of the item's county, with the township's department and windows;
 * the item gets a new code) / 合并 merge (into another item that stays) / 即办化 toOnTheSpot
 * (a promised item becomes 即办件, promisedDays 0).
 *
 * Rules: each item has at most one proposal; an item without one is retained unchanged. Every
 * action but retain gives a reason (it is published). A merge target must exist and stay in the
 * catalog under its code (no proposal, retain, adjust or toOnTheSpot). Every item a proposal
 * changes must pass `validateItemDraft`, and the resulting catalog must hold together (no repeated
 * codes, no sub-item without its main item: a sub-item follows its main item in the same round).
 *
 * Issue paths: `/proposals/{i}/…` for a proposal, `/proposals/{i}/result/…` for the item it
 * produces, `/items/{k}/…` for an item of the input left without its main item.
 */

export const CLEANUP_ACTIONS = ['retain', 'cancel', 'adjust', 'delegate', 'merge', 'toOnTheSpot'] as const;
export type CleanupAction = (typeof CLEANUP_ACTIONS)[number];

/** 调整：除实施编码外的任何要素（移动事项请用下放）。 */
export type ItemAdjustment = Partial<Omit<ItemDraft, 'code'>>;

/** 下放的去处：乡镇区划、乡镇实施部门及其窗口。 */
export interface DelegationTarget {
  /** 9 位乡镇街道区划代码，须在事项原所在县内 */
  regionCode: string;
  /** 乡镇实施部门的统一社会信用代码 */
  departmentCode: string;
  departmentId: string;
  windowIds: string[];
}

export type CleanupProposal =
  | { action: 'retain'; code: string; reason?: string }
  | { action: 'cancel'; code: string; reason: string }
  | { action: 'adjust'; code: string; reason: string; changes: ItemAdjustment }
  | { action: 'delegate'; code: string; reason: string; to: DelegationTarget }
  | { action: 'merge'; code: string; reason: string; intoCode: string }
  | { action: 'toOnTheSpot'; code: string; reason: string };

/** 公告中的一条：一项提案及其结果。 */
export interface CleanupEntry {
  action: CleanupAction;
  code: string;
  name: string;
  type: ItemType;
  subItem: boolean;
  reason?: string;
  /** 下放后的实施编码 */
  newCode?: string;
  /** 合并到的事项 */
  intoCode?: string;
  intoName?: string;
  /** 调整、下放、即办化带来的改动 */
  changes: ItemChange[];
}

/** 清理公告摘要。 */
export interface CleanupAnnouncement {
  before: CatalogFigures;
  after: CatalogFigures;
  /** 主项按处理方式计数；没有提案的主项计为保留 (sub-items are listed, not counted) */
  actionCounts: Record<CleanupAction, number>;
  /** 转为即办件的承诺件 ÷ 清理前承诺件（reference 002: 40 ÷ 200 = 20%）；无承诺件时为 null */
  onTheSpotConversionRatio: number | null;
  /** 每项提案一条，按提案顺序 */
  entries: CleanupEntry[];
}

export interface CleanupResult {
  items: Item[];
  announcement: CleanupAnnouncement;
}

/** Every problem of a cleanup round at once; empty when it may be applied. */
export function cleanupIssues(items: readonly Item[], proposals: readonly CleanupProposal[], known: KnownReferences = {}): Issue[] {
  return planCleanup(items, proposals, known).issues;
}

/**
 * 执行清理轮次：得出清理后的目录（保持原顺序，下放的事项留在原位）和公告摘要。
 * Throws `errors.invalid` with every issue when any proposal or resulting item is wrong.
 */
export function applyCleanupRound(items: readonly Item[], proposals: readonly CleanupProposal[], known: KnownReferences = {}): CleanupResult {
  const plan = planCleanup(items, proposals, known);
  if (plan.issues.length > 0) throw errors.invalid(plan.issues, 'cleanup_invalid');
  return { items: plan.results.map((r) => r.item), announcement: announce(items, plan.results, plan.accepted) };
}

interface Accepted {
  proposal: CleanupProposal;
  index: number;
  item: Item;
}

interface Produced {
  item: Item;
  /** index of the input item */
  source: number;
  proposalIndex?: number;
}

const RETAINED: ReadonlySet<CleanupAction> = new Set(['retain', 'adjust', 'toOnTheSpot']);
const PROPOSAL: LocalizedText = { 'zh-CN': '处理意见', 'en-US': 'proposal' };
const REASON: LocalizedText = { 'zh-CN': '清理理由', 'en-US': 'Reason' };

function planCleanup(
  items: readonly Item[],
  proposals: readonly CleanupProposal[],
  known: KnownReferences,
): { issues: Issue[]; results: Produced[]; accepted: Map<string, Accepted> } {
  const byCode = new Map(items.map((item, index) => [item.code, { item, index }]));
  const accepted = new Map<string, Accepted>();
  const issues: Issue[] = [];

  proposals.forEach((proposal, index) => {
    const at = `/proposals/${index}`;
    const actionProblems = oneOfIssues(proposal.action, `${at}/action`, PROPOSAL, CLEANUP_ACTION_LABELS);
    const found = byCode.get(proposal.code);
    const problems = [
      ...actionProblems,
      ...textIssues(proposal.reason, `${at}/reason`, REASON, { required: proposal.action !== 'retain' }),
    ];
    if (!found) {
      problems.push(
        issue(`${at}/code`, 'cleanup.item_unknown', text('目录中没有实施编码为“{code}”的事项，请核对编码。', 'No item in the catalog has the code "{code}"; check the code.', { code: proposal.code })),
      );
    } else if (accepted.has(proposal.code)) {
      problems.push(
        issue(
          `${at}/code`,
          'cleanup.proposal_duplicate',
          text('事项“{name}”已有第 {first} 条处理意见，每个事项只能有一种处理方式。', 'Item "{name}" already has proposal {first}; an item takes one action only.', {
            name: found.item.name,
            first: (accepted.get(proposal.code)?.index ?? 0) + 1,
          }),
        ),
      );
    } else if (actionProblems.length === 0) {
      problems.push(...actionIssues(proposal, found.item, at));
    }
    issues.push(...problems);
    if (found && !accepted.has(proposal.code)) accepted.set(proposal.code, { proposal, index, item: found.item });
  });

  for (const { proposal, index } of accepted.values()) {
    if (proposal.action === 'merge') issues.push(...mergeIssues(proposal, index, byCode, accepted));
  }
  if (issues.length > 0) return { issues, results: [], accepted };

  const results = produce(items, accepted);
  results.forEach(({ item, proposalIndex }) => {
    if (proposalIndex === undefined) return;
    const found = validateItemDraft(item, known).map((i) => ({ ...i, path: `/proposals/${proposalIndex}/result${i.path}` }));
    issues.push(...found);
  });
  issues.push(
    ...crossItemIssues(
      results.map((r) => r.item),
      (j) => {
        const r = results[j];
        return r?.proposalIndex !== undefined ? `/proposals/${r.proposalIndex}/result` : `/items/${r?.source ?? j}`;
      },
    ),
  );
  return { issues, results, accepted };
}

function actionIssues(proposal: CleanupProposal, item: Item, at: string): Issue[] {
  switch (proposal.action) {
    case 'adjust':
      return adjustIssues(proposal.changes, item, at);
    case 'delegate':
      return delegateIssues(proposal.to, item, at);
    case 'toOnTheSpot':
      return item.promisedDays === 0
        ? [
            issue(`${at}/action`, 'cleanup.already_on_the_spot', text('事项“{name}”已是即办件，无需即办化；请改为保留。', 'Item "{name}" is already done on the spot; retain it instead.', { name: item.name })),
          ]
        : [];
    default:
      return [];
  }
}

function adjustIssues(changes: ItemAdjustment, item: Item, at: string): Issue[] {
  if ('code' in changes) {
    return [
      issue(`${at}/changes/code`, 'cleanup.adjust_code', text('调整不能改实施编码；要把事项交给乡镇办理，请用“下放”。', 'An adjustment cannot change the item code; to move the item to a township, delegate it.')),
    ];
  }
  if (diffItemVersions(item, { ...item, ...changes }).length === 0) {
    return [
      issue(`${at}/changes`, 'cleanup.adjust_empty', text('调整意见没有改动事项“{name}”的任何要素；请写明调整内容，或改为保留。', 'The adjustment changes nothing in item "{name}"; say what changes, or retain the item.', { name: item.name })),
    ];
  }
  return [];
}

function delegateIssues(to: DelegationTarget, item: Item, at: string): Issue[] {
  const problems = [
    ...regionCodeIssues(to.regionCode, { path: `${at}/to/regionCode`, lengths: [9] }),
    ...creditCodeIssues(to.departmentCode, { path: `${at}/to/departmentCode` }),
    ...textIssues(to.departmentId, `${at}/to/departmentId`, { 'zh-CN': '承接部门', 'en-US': 'Receiving department' }, { required: true, maxLength: 100 }),
  ];
  const county = parseItemCode(item.code)?.regionCode ?? '';
  if (problems.length === 0 && (county.length !== 6 || !to.regionCode.startsWith(county))) {
    problems.push(
      issue(
        `${at}/to/regionCode`,
        'cleanup.delegate_outside',
        text(
          '只能下放到事项所在县（{county}）的乡镇街道，“{region}”不在其中；请选本县的乡镇区划代码。',
          'An item can only be delegated to a township of its own county ({county}); "{region}" is not one. Choose a township code of this county.',
          { county, region: to.regionCode },
        ),
      ),
    );
  }
  return problems;
}

function mergeIssues(
  proposal: Extract<CleanupProposal, { action: 'merge' }>,
  index: number,
  byCode: ReadonlyMap<string, { item: Item }>,
  accepted: ReadonlyMap<string, Accepted>,
): Issue[] {
  const path = `/proposals/${index}/intoCode`;
  const target = byCode.get(proposal.intoCode);
  if (proposal.intoCode === proposal.code) {
    return [issue(path, 'cleanup.merge_self', text('事项不能合并到自身，请填写另一个事项的实施编码。', 'An item cannot be merged into itself; give the code of another item.'))];
  }
  if (!target) {
    return [
      issue(path, 'cleanup.merge_target_unknown', text('合并目标“{code}”不在目录中，请核对实施编码。', 'The merge target "{code}" is not in the catalog; check the code.', { code: proposal.intoCode })),
    ];
  }
  const targetAction = accepted.get(proposal.intoCode)?.proposal.action ?? 'retain';
  if (!RETAINED.has(targetAction)) {
    const label = CLEANUP_ACTION_LABELS[targetAction];
    return [
      issue(
        path,
        'cleanup.merge_target_not_retained',
        text(
          '合并目标“{name}”在本轮被{zhAction}，不会以原编码保留；请合并到保留的事项。',
          'The merge target "{name}" is to be {enAction}d in this round and will not stay under its code; merge into an item that stays.',
          { name: target.item.name, zhAction: label['zh-CN'], enAction: label['en-US'].toLowerCase() },
        ),
      ),
    ];
  }
  return [];
}

/** 按提案得出清理后的事项，保持原顺序。 */
function produce(items: readonly Item[], accepted: ReadonlyMap<string, Accepted>): Produced[] {
  return items.flatMap((item, source): Produced[] => {
    const entry = accepted.get(item.code);
    if (!entry) return [{ item, source }];
    const { proposal, index } = entry;
    const keep = (next: Item): Produced[] => [{ item: next, source, proposalIndex: index }];
    switch (proposal.action) {
      case 'retain':
        return keep(item);
      case 'cancel':
      case 'merge':
        return [];
      case 'adjust':
        return keep({ ...item, ...proposal.changes, code: item.code });
      case 'toOnTheSpot':
        return keep({ ...item, promisedDays: 0 });
      case 'delegate': {
        const basicCode = parseItemCode(item.code)?.basicCode ?? '';
        const departmentCode = normalizeCreditCode(proposal.to.departmentCode);
        return keep({
          ...item,
          code: formatItemCode({ basicCode, regionCode: proposal.to.regionCode.trim(), departmentCode }),
          departmentId: proposal.to.departmentId,
          windowIds: [...proposal.to.windowIds],
        });
      }
    }
  });
}

function announce(before: readonly Item[], results: readonly Produced[], accepted: ReadonlyMap<string, Accepted>): CleanupAnnouncement {
  const byCode = new Map(before.map((item) => [item.code, item]));
  const actionCounts = Object.fromEntries(CLEANUP_ACTIONS.map((a) => [a, 0])) as Record<CleanupAction, number>;
  for (const item of before) {
    if (!isSubItemCode(item.code)) actionCounts[accepted.get(item.code)?.proposal.action ?? 'retain'] += 1;
  }
  const entries = [...accepted.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ proposal, index, item }): CleanupEntry => {
      const next = results.find((r) => r.proposalIndex === index)?.item;
      const entry: CleanupEntry = {
        action: proposal.action,
        code: item.code,
        name: item.name,
        type: item.type,
        subItem: isSubItemCode(item.code),
        changes: next ? diffItemVersions(item, next) : [],
      };
      if (proposal.reason !== undefined) entry.reason = proposal.reason;
      if (proposal.action === 'delegate' && next) entry.newCode = next.code;
      if (proposal.action === 'merge') {
        entry.intoCode = proposal.intoCode;
        entry.intoName = byCode.get(proposal.intoCode)?.name ?? '';
      }
      return entry;
    });
  const figuresBefore = catalogFigures(before);
  return {
    before: figuresBefore,
    after: catalogFigures(results.map((r) => r.item)),
    actionCounts,
    onTheSpotConversionRatio: figuresBefore.promisedItems === 0 ? null : actionCounts.toOnTheSpot / figuresBefore.promisedItems,
    entries,
  };
}
