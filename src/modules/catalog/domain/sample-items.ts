import { completeCreditCode } from '../../../kernel/validators/credit-code.js';
import type { Item } from './item.js';
import { formatItemCode } from './item-code.js';

/**
 * 示例事项：valid items for tests and demo data, built with computed check characters so that
 * their codes pass the validators.
 */

/** 县直部门 n 的统一社会信用代码（示例）：机构编制登记的机关，区划 330102。 */
export function sampleDepartmentCode(n: number, regionCode = '330102'): string {
  return completeCreditCode(`11${regionCode.slice(0, 6)}MB${String(n).padStart(6, '0')}`);
}

/** 示例实施编码：主项编号、办理项编号、区划、部门编号。 */
export function sampleItemCode(mainNumber: number, options: { sub?: number; regionCode?: string; department?: number } = {}): string {
  const regionCode = options.regionCode ?? '330102';
  return formatItemCode({
    basicCode: `${String(mainNumber).padStart(9, '0')}${String(options.sub ?? 0).padStart(3, '0')}`,
    regionCode,
    departmentCode: sampleDepartmentCode(options.department ?? 1, regionCode),
  });
}

/** 一个完整、有效的行政许可事项；`overrides` 替换其中的要素。 */
export function sampleItem(overrides: Partial<Item> = {}): Item {
  return {
    code: sampleItemCode(101001),
    name: '食品经营许可',
    type: 'licensing',
    departmentId: 'dept-market',
    legalBasis: ['《中华人民共和国食品安全法》第三十五条', '《食品经营许可和备案管理办法》第二条'],
    legalDays: 20,
    promisedDays: 5,
    maxVisits: 1,
    channels: ['window', 'online'],
    agencyAllowed: true,
    conditions: ['具有与经营的食品品种、数量相适应的经营场所', '有食品安全管理人员和保证食品安全的规章制度'],
    materials: [
      { name: '食品经营许可申请书', originals: 1, copies: 0, requirement: 'required', issuingBody: '申请人', templateRef: 'templates/food-licence-application.docx' },
      { name: '营业执照', originals: 0, copies: 1, requirement: 'required', issuingBody: '市场监督管理部门' },
      { name: '授权委托书', originals: 1, copies: 0, requirement: 'conditional', condition: '委托他人办理的' },
    ],
    fees: [],
    steps: [
      { name: '受理', role: 'windowClerk', sharePercent: 20 },
      { name: '审核', role: 'reviewer', sharePercent: 40 },
      { name: '审批', role: 'chiefRepresentative', sharePercent: 40 },
    ],
    result: '食品经营许可证',
    windowIds: ['win-03'],
    ...overrides,
  };
}
