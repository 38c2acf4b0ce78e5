import { errors, issue, text } from '../../kernel/errors/index.js';
import type { RequestContext } from '../../kernel/context.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { centerScope } from '../org/org.domain.js';
import { MAX_RANGE_DAYS, isRealDate, lengthInDays, type Period } from './domain/periods.js';
import type { CaseFilter } from './domain/raw-figures.js';
import type { StatsDirectory } from './stats.ports.js';

export type Directory = Awaited<ReturnType<StatsDirectory['directory']>>;

/** Checks a period: real dates, from ≤ to, at most about ten years (all problems at once). */
export function checkPeriod(from: string, to: string): Period {
  const problems = [];
  if (!isRealDate(from)) problems.push(issue('/from', 'stats.date_invalid', text('开始日期无效，应为 YYYY-MM-DD。', 'The start date is not a valid YYYY-MM-DD date.')));
  if (!isRealDate(to)) problems.push(issue('/to', 'stats.date_invalid', text('结束日期无效，应为 YYYY-MM-DD。', 'The end date is not a valid YYYY-MM-DD date.')));
  if (problems.length === 0 && from > to) problems.push(issue('/to', 'stats.range_reversed', text('结束日期早于开始日期。', 'The end date is before the start date.')));
  if (problems.length === 0 && lengthInDays({ from, to }) > MAX_RANGE_DAYS) {
    problems.push(issue('/to', 'stats.range_too_long', text('统计期间最长 10 年。', 'A statistics period is at most 10 years long.')));
  }
  if (problems.length > 0) throw errors.invalid(problems);
  return { from, to };
}

export interface ScopeQuery {
  center?: string | undefined;
  department?: string | undefined;
  window?: string | undefined;
  item?: string | undefined;
}

export interface ResolvedScope {
  /** The center asked for, or the actor's own center. */
  centerId: string;
  filter: CaseFilter & { centerIds: readonly string[] };
}

/**
 * Who may see which figures: `stats.read`, and only centers of the actor's subtree (403, no
 * figures). Unknown centers, departments, windows and items are 404; a department or window
 * of a center outside the scope is 403.
 */
export async function resolveScope(ctx: RequestContext, directory: StatsDirectory, q: ScopeQuery): Promise<ResolvedScope & { dir: Directory }> {
  authorize(ctx.actor, 'stats.read');
  const dir = await directory.directory();
  const centerOf = (kind: 'department' | 'window', id: string): string => {
    const found = kind === 'department' ? dir.departments.find((d) => d.id === id) : dir.windows.find((w) => w.id === id);
    if (!found) throw errors.notFound(kind === 'department' ? '部门' : '窗口', id);
    authorize(ctx.actor, 'stats.read', { centerId: found.centerId });
    return found.centerId;
  };
  if (q.center !== undefined) {
    if (!dir.centers.some((c) => c.id === q.center)) throw errors.notFound('服务中心', q.center);
    authorize(ctx.actor, 'stats.read', { centerId: q.center });
  }
  if (q.department !== undefined) centerOf('department', q.department);
  if (q.window !== undefined) centerOf('window', q.window);
  if (q.item !== undefined && !(await directory.itemNames([q.item])).has(q.item)) throw errors.notFound('事项', q.item);
  const centerId = q.center ?? ctx.actor.centerId ?? ctx.actor.centerScope[0];
  if (!centerId) throw errors.forbidden('stats.read');
  const inScope = new Set(ctx.actor.centerScope);
  const centerIds = centerScope(dir.centers, centerId).filter((id) => inScope.has(id));
  return {
    dir,
    centerId,
    filter: {
      centerIds,
      ...(q.department !== undefined ? { departmentId: q.department } : {}),
      ...(q.window !== undefined ? { windowId: q.window } : {}),
      ...(q.item !== undefined ? { itemId: q.item } : {}),
    },
  };
}
