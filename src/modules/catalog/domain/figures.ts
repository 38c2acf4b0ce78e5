import { caseTypeOf, type ItemDraft } from './item.js';
import { isSubItemCode } from './item-code.js';

/**
 * 目录的统计口径（清理公告用）。
 *
 * - 事项数按主项计，办理项另计 (`subItems`), as published catalogs count 主项.
 * - 承诺件 = 主项中承诺时限大于 0 的；即办件 = 承诺时限为 0 的。
 * - 承诺时限压缩比 = Σ 承诺时限 ÷ Σ 法定时限，只计承诺件（DESIGN §4; reference 002:
 *   1,674 ÷ 5,204 = 32%）；没有承诺件或法定时限合计为 0 时为 null.
 */
export interface CatalogFigures {
  /** 事项数（主项） */
  items: number;
  /** 办理项数 */
  subItems: number;
  /** 行政许可事项数（主项） */
  licensingItems: number;
  /** 承诺件数 */
  promisedItems: number;
  /** 即办件数 */
  onTheSpotItems: number;
  /** 承诺件法定时限合计（工作日） */
  legalDaysTotal: number;
  /** 承诺件承诺时限合计（工作日） */
  promisedDaysTotal: number;
  /** 承诺时限压缩比 Σ承诺 ÷ Σ法定 */
  compressionRatio: number | null;
}

export function catalogFigures(items: readonly ItemDraft[]): CatalogFigures {
  const mains = items.filter((item) => !isSubItemCode(item.code));
  const promised = mains.filter((item) => caseTypeOf(item) === 'promised');
  const legalDaysTotal = promised.reduce((sum, item) => sum + item.legalDays, 0);
  const promisedDaysTotal = promised.reduce((sum, item) => sum + item.promisedDays, 0);
  return {
    items: mains.length,
    subItems: items.length - mains.length,
    licensingItems: mains.filter((item) => item.type === 'licensing').length,
    promisedItems: promised.length,
    onTheSpotItems: mains.length - promised.length,
    legalDaysTotal,
    promisedDaysTotal,
    compressionRatio: legalDaysTotal === 0 ? null : promisedDaysTotal / legalDaysTotal,
  };
}
