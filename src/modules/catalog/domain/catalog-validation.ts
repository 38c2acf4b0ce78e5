import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import { duplicates } from './checks.js';
import type { ItemDraft } from './item.js';
import { mainItemCodeOf } from './item-code.js';
import { validateItemDraft, type KnownReferences } from './item-validation.js';

/**
 * 整个目录的校验：每个事项自身的问题，加上事项之间的问题（实施编码重复；办理项的主项不在目录中）。
 * Item issues are placed under `where(index)`, by default `/items/{index}`.
 */
export function validateCatalog(
  items: readonly ItemDraft[],
  known: KnownReferences = {},
  where: (index: number) => string = (index) => `/items/${index}`,
): Issue[] {
  const own = items.flatMap((item, index) =>
    validateItemDraft(item, known).map((found) => ({ ...found, path: `${where(index)}${found.path}` })),
  );
  return [...own, ...crossItemIssues(items, where)];
}

/** 事项之间的问题：实施编码重复、办理项缺少主项。 */
export function crossItemIssues(items: readonly ItemDraft[], where: (index: number) => string = (index) => `/items/${index}`): Issue[] {
  const problems = duplicates(items, (item) => item.code).map(({ index, firstIndex }) =>
    issue(
      `${where(index)}/code`,
      'catalog.code_duplicate',
      text('实施编码“{code}”与第 {first} 个事项重复，每个事项的实施编码须唯一。', 'Item code "{code}" repeats that of item {first}; every item needs its own code.', {
        code: items[index]?.code ?? '',
        first: firstIndex + 1,
      }),
    ),
  );
  const codes = new Set(items.map((item) => item.code));
  items.forEach((item, index) => {
    const main = mainItemCodeOf(item.code);
    if (main !== undefined && !codes.has(main)) {
      problems.push(
        issue(
          `${where(index)}/code`,
          'catalog.main_item_missing',
          text(
            '办理项“{name}”的主项（{main}）不在目录中：请先添加或保留主项，或一并处理该办理项。',
            'The main item ({main}) of sub-item "{name}" is not in the catalog: add or keep the main item, or deal with the sub-item too.',
            { name: item.name, main },
          ),
        ),
      );
    }
  });
  return problems;
}
