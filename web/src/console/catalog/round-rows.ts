import { ApiError } from '../../shared/api.js';
import type { CleanupAction, CleanupProposal, CleanupRound, ItemSummary } from '../../shared/catalog-types.js';

/** One row of the round form: what is proposed for one active item (nothing: retained, not listed). */
export interface RoundRow {
  action?: CleanupAction;
  reason?: string;
  legalDays?: number | null;
  promisedDays?: number | null;
  maxVisits?: number | null;
  departmentId?: string;
  windowIds?: string[];
  intoCode?: string;
}

export interface RoundValues {
  title?: string;
  documentNo?: string;
  rows?: (RoundRow | undefined)[];
}

export const ADJUSTABLE = ['legalDays', 'promisedDays', 'maxVisits'] as const;
type Adjustable = (typeof ADJUSTABLE)[number];

/** The form's rows for a draft: its proposals set on the items they name. */
export function roundRows(items: readonly ItemSummary[], round: CleanupRound | null): RoundRow[] {
  return items.map((item) => {
    const proposal = round?.proposals.find((p) => p.code === item.code);
    if (!proposal) return {};
    return {
      action: proposal.action,
      reason: proposal.reason ?? '',
      legalDays: typeof proposal.changes?.legalDays === 'number' ? proposal.changes.legalDays : item.legalDays,
      promisedDays: typeof proposal.changes?.promisedDays === 'number' ? proposal.changes.promisedDays : item.promisedDays,
      maxVisits: typeof proposal.changes?.maxVisits === 'number' ? proposal.changes.maxVisits : item.maxVisits,
      departmentId: proposal.to?.departmentId,
      windowIds: proposal.to?.windowIds ?? [],
      intoCode: proposal.intoCode,
    };
  });
}

/**
 * The proposals of the chosen rows, and for each the row it came from (to put the server's issues
 * back on the row). An adjustment carries only the figures that differ from the item's; proposals
 * of items no longer in the catalog (`kept`) are sent as they were, for the server to report.
 */
export function roundProposals(items: readonly ItemSummary[], rows: readonly (RoundRow | undefined)[], kept: readonly CleanupProposal[] = []): { proposals: CleanupProposal[]; rowOf: (number | null)[] } {
  const proposals: CleanupProposal[] = [];
  const rowOf: (number | null)[] = [];
  items.forEach((item, index) => {
    const row = rows[index];
    if (!row?.action) return;
    const proposal: CleanupProposal = { action: row.action, code: item.code };
    const reason = row.reason?.trim();
    if (reason) proposal.reason = reason;
    if (row.action === 'adjust') {
      const changes: Partial<Record<Adjustable, number>> = {};
      for (const key of ADJUSTABLE) {
        const value = row[key];
        if (typeof value === 'number' && value !== item[key]) changes[key] = value;
      }
      proposal.changes = changes;
    }
    if (row.action === 'delegate') proposal.to = { departmentId: row.departmentId ?? '', windowIds: row.windowIds ?? [] };
    if (row.action === 'merge') proposal.intoCode = row.intoCode ?? '';
    proposals.push(proposal);
    rowOf.push(index);
  });
  for (const proposal of kept) {
    proposals.push(proposal);
    rowOf.push(null);
  }
  return { proposals, rowOf };
}

/** Where on its row an issue about a proposal belongs, given the row's action. */
function rowField(rest: string[], action: CleanupAction | undefined): string {
  const [head, sub] = rest;
  if (head === 'reason') return 'reason';
  if (action === 'adjust' && (head === 'changes' || head === 'result') && ADJUSTABLE.includes(sub as Adjustable)) return sub as string;
  if (action === 'delegate' && head === 'to') return sub === 'windowIds' ? 'windowIds' : 'departmentId';
  if (action === 'merge' && head === 'intoCode') return 'intoCode';
  return 'action';
}

/**
 * The server names proposals by their place in the request (/proposals/3/reason); the form knows
 * rows. Rewrites those paths to /rows/{row}/{field}, so each issue lands on its row's field.
 */
export function onRows(error: unknown, rowOf: readonly (number | null)[], rows: readonly (RoundRow | undefined)[]): unknown {
  if (!(error instanceof ApiError) || error.issues.length === 0) return error;
  const issues = error.issues.map((issue) => {
    const match = /^\/proposals\/(\d+)(?:\/(.*))?$/.exec(issue.path);
    const row = match ? rowOf[Number(match[1])] : undefined;
    if (!match || row === undefined || row === null) return issue;
    return { ...issue, path: `/rows/${row}/${rowField((match[2] ?? '').split('/'), rows[row]?.action)}` };
  });
  return new ApiError(error.status, error.code, error.message, issues, error.details);
}
