import { hash } from 'node:crypto';
import { canonicalJson } from '../../../kernel/canonical-json.js';
import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { Role } from '../../../kernel/permissions/roles.js';
import type { Item } from '../../catalog/catalog.domain.js';

/** The item named is not in the catalog, or is no longer offered (cancelled). */
export const itemUnknownIssue = (): Issue => issue('/itemId', 'case.item_unknown', text('找不到该事项，或事项已取消。', 'Unknown or cancelled item.'));

/** A window as 收件 needs it: where it is, whether it is open, which departments it serves. */
export interface ReceivingWindow {
  id: string;
  centerId: string;
  active: boolean;
  departmentIds: readonly string[];
}

export interface ReceiptFacts {
  /** The item's current version, or null when it is unknown or cancelled. */
  item: Pick<Item, 'departmentId' | 'agencyAllowed' | 'channels' | 'materials'> | null;
  channel: 'window' | 'agency';
  materials: readonly { name: string }[];
  /** The window named in the request (not the clerk's own), if any. */
  windowId: string | null;
  centerId: string;
  windows: readonly ReceivingWindow[];
  receiverRoles: readonly Role[];
}

/**
 * 收件: every problem of a receipt beyond the applicant's own data, at once — the item, the channel
 * it is received through (代办 only where the item allows it; an agent receives only as 代办), the
 * materials (the item's own, each once) and the window (an open window of this center that serves
 * the item's department).
 */
export function receiptIssues(facts: ReceiptFacts): Issue[] {
  const { item } = facts;
  const problems: Issue[] = [];
  if (!item) problems.push(itemUnknownIssue());
  if (facts.receiverRoles.includes('agent') && !facts.receiverRoles.includes('clerk') && facts.channel !== 'agency') {
    problems.push(issue('/channel', 'case.agent_channel', text('代办员收件的渠道应为“代办”（agency）。', 'An agent receives applications through the agency channel.')));
  }
  if (item && facts.channel === 'agency' && !item.agencyAllowed) {
    problems.push(issue('/channel', 'case.agency_not_allowed', text('该事项不允许代办，请申请人到窗口或网上办理。', 'This item cannot be applied for through an agent; the applicant applies at a window or online.')));
  }
  if (item && facts.channel === 'window' && !item.channels.includes('window')) {
    problems.push(issue('/channel', 'case.window_not_offered', text('该事项不在窗口受理。', 'This item is not received at windows.')));
  }
  const known = new Set(item?.materials.map((m) => m.name) ?? []);
  const seen = new Set<string>();
  facts.materials.forEach((m, i) => {
    if (item && !known.has(m.name)) problems.push(issue(`/materials/${i}/name`, 'case.material_unknown', text('“{name}”不是该事项的申请材料。', '"{name}" is not a material of this item.', { name: m.name })));
    else if (seen.has(m.name)) problems.push(issue(`/materials/${i}/name`, 'case.material_duplicate', text('“{name}”列了不止一次，每份材料只核对一次。', '"{name}" is listed more than once; check each material once.', { name: m.name })));
    seen.add(m.name);
  });
  if (facts.windowId) {
    const window = facts.windows.find((w) => w.id === facts.windowId && w.centerId === facts.centerId && w.active);
    if (!window) problems.push(issue('/windowId', 'case.window_unknown', text('该窗口不属于本中心或已停用。', 'The window is not an active window of this center.')));
    else if (item && !window.departmentIds.includes(item.departmentId)) {
      problems.push(issue('/windowId', 'case.window_other_department', text('该窗口不受理本事项所属部门的业务。', 'The window does not serve the department of this item.')));
    }
  }
  return problems;
}

/**
 * The fingerprint of a receipt request — all of it but its idempotency key — to tell a retry (the
 * same request again) from a key reused for another request.
 */
export function receiptFingerprint(request: { itemId: string; windowId?: string | null; channel: string; applicant: unknown; materials: readonly unknown[] }): string {
  const { itemId, windowId = null, channel, applicant, materials } = request;
  return hash('sha256', canonicalJson({ itemId, windowId, channel, applicant, materials }), 'hex');
}

/** The idempotency key of a receipt, per receiver: the same client key from another receiver is another receipt. */
export function receiptKey(staffId: string, clientKey: string): string {
  return `receive:${staffId}:${clientKey}`;
}

/**
 * A case's materials in the order of its item's list (the guide's and the checklist's order),
 * submission by submission; a name the list no longer has goes last, by name.
 */
export function inMaterialOrder<M extends { name: string; submission_no: number }>(materials: readonly M[], order: readonly string[]): M[] {
  const position = new Map(order.map((name, i) => [name, i]));
  const rank = (m: M) => position.get(m.name) ?? order.length;
  return [...materials].sort((a, b) => a.submission_no - b.submission_no || rank(a) - rank(b) || a.name.localeCompare(b.name));
}
