import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import type { Channel, Material } from '../../catalog/domain/item.js';
import type { MaterialProblem } from './lifecycle.js';

/**
 * Online application (网上申请) rules, pure: which items may be applied for online, when a draft
 * may be submitted, what a pre-review return must say, and who may upload to a case when.
 */

/** An item is applied for online only when its catalog entry offers the online channel. */
export function offeredOnline(item: { channels: readonly Channel[] }): boolean {
  return item.channels.includes('online');
}

/** Every required material without an uploaded file, at once (`/materials/{i}` is the material's slot). */
export function submissionIssues(materials: readonly Material[], uploaded: readonly string[]): Issue[] {
  const have = new Set(uploaded);
  return materials.flatMap((m, i) =>
    m.requirement === 'required' && !have.has(m.name)
      ? [issue(`/materials/${i}`, 'online.material_missing', text('请上传“{name}”。', 'Upload "{name}".', { name: m.name }))]
      : [],
  );
}

/** Materials recorded on the case at submission: uploaded ones received, the rest missing. */
export function submittedMaterials(materials: readonly Material[], uploaded: readonly string[]): { name: string; status: 'received' | 'missing' }[] {
  const have = new Set(uploaded);
  return materials.filter((m) => have.has(m.name) || m.requirement === 'required').map((m) => ({ name: m.name, status: have.has(m.name) ? 'received' : 'missing' }));
}

/**
 * A pre-review (预审) passes with no problems listed, or returns (预审退回) listing every problem
 * at once (一次告知): at least one, each with a material (or "申请信息" for the form) and what is wrong.
 */
export function preReviewIssues(outcome: 'pass' | 'return', problems: readonly MaterialProblem[]): Issue[] {
  if (outcome === 'pass') {
    return problems.length === 0 ? [] : [issue('/problems', 'online.pass_with_problems', text('预审通过时不能列出问题；有问题请选择“退回”。', 'A pass lists no problems; to report problems, return the application.'))];
  }
  if (problems.length === 0) {
    return [issue('/problems', 'online.problems_required', text('退回须一次性列明全部问题。', 'A return must list every problem at once.'))];
  }
  return problems.flatMap((p, i) => [
    ...(p.material.trim() ? [] : [issue(`/problems/${i}/material`, 'required', text('请写明有问题的材料。', 'Name the material with the problem.'))]),
    ...(p.problem.trim() ? [] : [issue(`/problems/${i}/problem`, 'required', text('请写明问题。', 'Describe the problem.'))]),
  ]);
}


/** The idempotency key of an online submission, per account (a client key never collides with another's). */
export function submissionKey(accountId: string, clientKey: string): string {
  return `online:${accountId}:${clientKey}`;
}

