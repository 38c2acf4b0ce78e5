import { errors, issue, text, type Issue } from '../../../kernel/errors/index.js';
import { duplicates, textIssues } from './checks.js';
import type { Fee, Item, ItemType, MaterialRequirement } from './item.js';

/**
 * 一件事（多事一流程）：several items an applicant needs for one life or business event, taken
 * in at one window with one set of materials.
 *
 * In the bundle guide a material shared by several items — same name and same issuing body,
 * compared after trimming — appears once, listing the items that need it. Shared material is
 * handed in once, so it asks for the largest number of originals and of copies any of those items
 * asks for; it is required when any item requires it, otherwise it is conditional and carries
 * every item's condition.
 */

export interface Bundle {
  code: string;
  name: string;
  /** 组成这件事的事项实施编码，按办理顺序 */
  itemCodes: string[];
  description?: string;
}

export interface BundleItemSummary {
  code: string;
  name: string;
  type: ItemType;
  departmentId: string;
  legalDays: number;
  promisedDays: number;
  maxVisits: number;
}

export interface BundleMaterial {
  name: string;
  issuingBody?: string;
  originals: number;
  copies: number;
  requirement: MaterialRequirement;
  /** 依情形提交时各事项的情形说明（去重） */
  conditions: string[];
  templateRef?: string;
  /** 需要该材料的事项 */
  neededBy: { code: string; name: string }[];
}

export interface BundleGuide {
  code: string;
  name: string;
  description?: string;
  items: BundleItemSummary[];
  materials: BundleMaterial[];
  fees: { itemCode: string; itemName: string; fee: Fee }[];
  /** 材料份数：分别办理时的材料条数合计，与一件事合并后的条数 */
  materialCounts: { separately: number; together: number };
}

/** Every problem of a bundle at once: its name and code, and items missing, repeated or too few. */
export function bundleIssues(bundle: Bundle, items: readonly Item[]): Issue[] {
  const known = new Set(items.map((item) => item.code));
  const problems = [
    ...textIssues(bundle.code, '/code', { 'zh-CN': '一件事编码', 'en-US': 'Bundle code' }, { required: true, maxLength: 100 }),
    ...textIssues(bundle.name, '/name', { 'zh-CN': '一件事名称', 'en-US': 'Bundle name' }, { required: true, maxLength: 200 }),
    ...textIssues(bundle.description, '/description', { 'zh-CN': '说明', 'en-US': 'Description' }, { required: false, maxLength: 2000 }),
  ];
  if (new Set(bundle.itemCodes).size < 2) {
    problems.push(
      issue('/itemCodes', 'bundle.too_few_items', text('一件事至少由两个不同的事项组成，请再添加事项。', 'A bundle combines at least two different items; add another item.')),
    );
  }
  bundle.itemCodes.forEach((code, i) => {
    if (!known.has(code)) {
      problems.push(
        issue(`/itemCodes/${i}`, 'bundle.item_unknown', text('目录中没有实施编码为“{code}”的事项，请核对编码。', 'No item in the catalog has the code "{code}"; check the code.', { code })),
      );
    }
  });
  for (const { index } of duplicates(bundle.itemCodes, (code) => code)) {
    problems.push(
      issue(`/itemCodes/${index}`, 'bundle.item_duplicate', text('事项“{code}”重复列出，请删去重复的一项。', 'Item "{code}" is listed twice; remove the repeat.', { code: bundle.itemCodes[index] ?? '' })),
    );
  }
  return problems;
}

/** 生成一件事的办事指南数据；有问题时抛出 `errors.invalid`，列出全部问题。 */
export function buildBundleGuide(bundle: Bundle, items: readonly Item[]): BundleGuide {
  const problems = bundleIssues(bundle, items);
  if (problems.length > 0) throw errors.invalid(problems, 'bundle_invalid');
  const byCode = new Map(items.map((item) => [item.code, item]));
  const members = [...new Set(bundle.itemCodes)].flatMap((code) => {
    const item = byCode.get(code);
    return item ? [item] : [];
  });

  const shared = new Map<string, BundleMaterial>();
  for (const item of members) {
    for (const m of item.materials) {
      const issuingBody = m.issuingBody?.trim() || undefined;
      const key = `${m.name.trim()}\u0000${issuingBody ?? ''}`;
      const entry = shared.get(key) ?? newMaterial(m.name.trim(), issuingBody, m.templateRef);
      entry.originals = Math.max(entry.originals, m.originals);
      entry.copies = Math.max(entry.copies, m.copies);
      if (m.requirement === 'required') entry.requirement = 'required';
      if (m.requirement === 'conditional' && m.condition && !entry.conditions.includes(m.condition)) entry.conditions.push(m.condition);
      if (!entry.neededBy.some((n) => n.code === item.code)) entry.neededBy.push({ code: item.code, name: item.name });
      shared.set(key, entry);
    }
  }
  const materials = [...shared.values()].map((m) => (m.requirement === 'required' ? { ...m, conditions: [] } : m));

  const guide: BundleGuide = {
    code: bundle.code,
    name: bundle.name,
    items: members.map(({ code, name, type, departmentId, legalDays, promisedDays, maxVisits }) => ({
      code,
      name,
      type,
      departmentId,
      legalDays,
      promisedDays,
      maxVisits,
    })),
    materials,
    fees: members.flatMap((item) => item.fees.map((fee) => ({ itemCode: item.code, itemName: item.name, fee }))),
    materialCounts: { separately: members.reduce((sum, item) => sum + item.materials.length, 0), together: materials.length },
  };
  if (bundle.description !== undefined) guide.description = bundle.description;
  return guide;
}

function newMaterial(name: string, issuingBody: string | undefined, templateRef: string | undefined): BundleMaterial {
  const material: BundleMaterial = { name, originals: 0, copies: 0, requirement: 'conditional', conditions: [], neededBy: [] };
  if (issuingBody !== undefined) material.issuingBody = issuingBody;
  if (templateRef !== undefined) material.templateRef = templateRef;
  return material;
}
