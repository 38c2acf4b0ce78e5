import type { Channel, Fee, ItemDraft, Material, ProcessStep } from '../modules/catalog/catalog.domain.js';
import type { LifeEvent } from '../modules/catalog/life-events.js';
import type { DemoDepartmentCode } from './demo-org.js';

/**
 * 示范县事项目录：about forty items of the demo departments with their real legal bases, legal
 * limits as the laws set them and the shorter limits the center promises (several on the spot),
 * materials, the few fees still charged, and one bundle (开办餐饮店一件事). Codes are built at
 * seeding from a basic code and the department's credit code (region 331099).
 */

/** An item of the demo catalog: its elements, with the department by code and windows by number. */
export type DemoItem = Omit<ItemDraft, 'code' | 'departmentId' | 'windowIds' | 'fees'> & {
  department: DemoDepartmentCode;
  /** Main item number (digits 4–9 of the basic code after the department number). */
  main: number;
  /** Sub-item (办理项) number; absent for a main item. */
  sub?: number;
  fees?: Fee[];
  /** Window numbers (demo-org.ts). */
  windows: string[];
  lifeEvents: LifeEvent[];
};

const DEPARTMENT_NUMBER: Record<DemoDepartmentCode, number> = { GA: 1, SCJG: 2, ZRZY: 3, ZJ: 4, JT: 5, WJ: 6, SW: 7, RS: 8, MZ: 9, FG: 10 };

/** 基本编码：000 + 部门两位 + 主项四位 + 办理项三位。 */
export function demoBasicCode(item: Pick<DemoItem, 'department' | 'main' | 'sub'>): string {
  return `000${String(DEPARTMENT_NUMBER[item.department]).padStart(2, '0')}${String(item.main).padStart(4, '0')}${String(item.sub ?? 0).padStart(3, '0')}`;
}

// ── materials ─────────────────────────────────────────────
const original = (name: string, extra: Partial<Material> = {}): Material => ({ name, originals: 1, copies: 0, requirement: 'required', ...extra });
const copy = (name: string, extra: Partial<Material> = {}): Material => original(name, { originals: 0, copies: 1, ...extra });
const when = (name: string, condition: string, extra: Partial<Material> = {}): Material => original(name, { requirement: 'conditional', condition, ...extra });
const form = (name: string): Material => original(name, { issuingBody: '申请人', templateRef: `templates/${name}.docx` });

const ID_CARD = original('申请人居民身份证', { issuingBody: '公安机关' });
const PROXY = when('授权委托书及受托人身份证件', '委托他人办理的');
const LICENCE = copy('营业执照', { issuingBody: '市场监督管理部门' });
const LEGAL_REP_ID = copy('法定代表人身份证件', { issuingBody: '公安机关' });
const PREMISES = copy('经营场所使用证明');
const HOUSEHOLD_BOOK = original('居民户口簿', { issuingBody: '公安机关' });

// ── process steps ─────────────────────────────────────────
const ON_THE_SPOT: ProcessStep[] = [{ name: '受理并当场办结', role: 'windowClerk', sharePercent: 100 }];
const REVIEW: ProcessStep[] = [
  { name: '受理', role: 'windowClerk', sharePercent: 20 },
  { name: '审核', role: 'reviewer', sharePercent: 40 },
  { name: '决定', role: 'approver', sharePercent: 40 },
];
const CHIEF: ProcessStep[] = [
  { name: '受理', role: 'windowClerk', sharePercent: 20 },
  { name: '审查', role: 'reviewer', sharePercent: 40 },
  { name: '决定并发证', role: 'chiefRepresentative', sharePercent: 40 },
];
const SITE: ProcessStep[] = [
  { name: '受理', role: 'windowClerk', sharePercent: 10 },
  { name: '材料审查', role: 'reviewer', sharePercent: 20 },
  { name: '现场核查', role: 'reviewer', sharePercent: 40 },
  { name: '决定', role: 'approver', sharePercent: 30 },
];

const BOTH: Channel[] = ['window', 'online'];
const ALL: Channel[] = ['window', 'online', 'agency'];

const FOOD_BASIS = ['《中华人民共和国食品安全法》第三十五条', '《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第二条、第十九条'];
const FOOD_MATERIALS = [form('食品经营许可申请书'), LICENCE, LEGAL_REP_ID, PREMISES, original('与食品经营相适应的主要设备设施、经营布局、操作流程等文件'), original('食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度'), PROXY];
const FOOD_CONDITIONS = ['具有与经营的食品品种、数量相适应的经营场所，并与有毒、有害场所以及其他污染源保持规定的距离', '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度'];

export const demoItems: DemoItem[] = [
  // ── 公安 ──
  {
    department: 'GA', main: 1, name: '户口迁移（省内迁入）', type: 'administrativeConfirmation',
    legalBasis: ['《中华人民共和国户口登记条例》第十条', '《浙江省户籍管理规定》'], legalDays: 20, promisedDays: 0, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['在迁入地有合法稳定住所，或符合投靠亲属、就业等迁入条件'],
    materials: [ID_CARD, HOUSEHOLD_BOOK, when('房屋所有权证明或购房合同', '以合法稳定住所迁入的'), when('亲属关系证明', '投靠亲属迁入的'), PROXY],
    steps: ON_THE_SPOT, result: '准予迁入证明并办理落户', windows: ['A01'], lifeEvents: ['residence', 'housing'],
  },
  {
    department: 'GA', main: 2, name: '出生登记', type: 'administrativeConfirmation',
    legalBasis: ['《中华人民共和国户口登记条例》第七条'], legalDays: 20, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['婴儿出生后一个月以内申报；父母一方户口在本县'],
    materials: [original('出生医学证明', { issuingBody: '助产医疗机构' }), original('父亲或母亲的居民户口簿', { issuingBody: '公安机关' }), copy('父母居民身份证', { issuingBody: '公安机关' }), when('结婚证', '父母已登记结婚的', { originals: 0, copies: 1, issuingBody: '民政部门' })],
    steps: ON_THE_SPOT, result: '常住人口登记（居民户口簿登记页）', windows: ['A01'], lifeEvents: ['birth', 'residence'],
  },
  {
    department: 'GA', main: 3, name: '居民身份证申领、换领、补领', type: 'publicService',
    legalBasis: ['《中华人民共和国居民身份证法》第八条、第十条', '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）'], legalDays: 60, promisedDays: 15, maxVisits: 1, channels: BOTH, agencyAllowed: false,
    conditions: ['居住在中华人民共和国境内的中国公民，本人到场采集人像和指纹'],
    materials: [HOUSEHOLD_BOOK, when('原居民身份证', '换领的')],
    fees: [{ name: '居民身份证工本费', standard: '每证 20 元', legalBasis: '发改价格〔2003〕2322号', waivable: true, amountFen: 2000 }],
    steps: REVIEW, result: '中华人民共和国居民身份证', windows: ['A01'], lifeEvents: ['residence'],
  },
  // ── 市场监管 ──
  {
    department: 'SCJG', main: 1, name: '企业设立登记', type: 'licensing',
    legalBasis: ['《中华人民共和国市场主体登记管理条例》第三条、第十九条', '《中华人民共和国公司法》第二十九条'], legalDays: 3, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['名称、住所、经营范围等登记事项符合法律法规规定', '申请材料齐全、符合法定形式'],
    materials: [form('公司登记（备案）申请书'), original('公司章程'), LEGAL_REP_ID, copy('股东的主体资格文件或自然人身份证件'), original('法定代表人、董事、监事和高级管理人员的任职文件'), PREMISES, PROXY],
    steps: ON_THE_SPOT, result: '营业执照', windows: ['A02'], lifeEvents: ['startBusiness'],
  },
  {
    department: 'SCJG', main: 2, name: '个体工商户设立登记', type: 'licensing',
    legalBasis: ['《中华人民共和国市场主体登记管理条例》第十九条', '《促进个体工商户发展条例》第八条'], legalDays: 3, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['有经营能力的公民；经营场所符合规定'],
    materials: [form('个体工商户登记（备案）申请书'), ID_CARD, PREMISES],
    steps: ON_THE_SPOT, result: '营业执照', windows: ['A02'], lifeEvents: ['startBusiness'],
  },
  {
    department: 'SCJG', main: 3, name: '企业变更登记', type: 'licensing',
    legalBasis: ['《中华人民共和国市场主体登记管理条例》第二十四条'], legalDays: 3, promisedDays: 1, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['变更事项自作出变更决议、决定或者法定变更事项发生之日起 30 日内申请'],
    materials: [form('公司登记（备案）申请书'), original('变更决议或决定'), original('营业执照正副本', { issuingBody: '市场监督管理部门' }), when('修改后的公司章程或章程修正案', '变更事项涉及章程的')],
    steps: REVIEW, result: '营业执照（变更后）', windows: ['A02'], lifeEvents: ['businessOperation'],
  },
  {
    department: 'SCJG', main: 4, name: '企业注销登记', type: 'licensing',
    legalBasis: ['《中华人民共和国市场主体登记管理条例》第三十一条、第三十三条'], legalDays: 3, promisedDays: 1, maxVisits: 0, channels: BOTH, agencyAllowed: true,
    conditions: ['已依法清算，清偿债务、结清税款'],
    materials: [form('注销登记申请书'), original('清算报告或简易注销全体投资人承诺书'), when('税务部门出具的清税证明', '未适用“承诺制”简易注销的', { issuingBody: '税务机关' })],
    steps: REVIEW, result: '准予注销登记通知书', windows: ['A02'], lifeEvents: ['closeBusiness'],
  },
  {
    department: 'SCJG', main: 5, name: '食品经营许可', type: 'licensing',
    legalBasis: FOOD_BASIS, legalDays: 10, promisedDays: 3, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: FOOD_CONDITIONS, materials: FOOD_MATERIALS,
    steps: SITE, result: '食品经营许可证', windows: ['A02'], lifeEvents: ['businessOperation'],
  },
  {
    department: 'SCJG', main: 5, sub: 1, name: '食品经营许可（新办）', type: 'licensing',
    legalBasis: FOOD_BASIS, legalDays: 10, promisedDays: 3, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: FOOD_CONDITIONS, materials: FOOD_MATERIALS,
    steps: SITE, result: '食品经营许可证', windows: ['A02'], lifeEvents: ['businessOperation', 'startBusiness'],
  },
  {
    department: 'SCJG', main: 5, sub: 2, name: '食品经营许可（变更）', type: 'licensing',
    legalBasis: FOOD_BASIS, legalDays: 10, promisedDays: 2, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['食品经营许可证载明的许可事项发生变化'],
    materials: [form('食品经营许可变更申请书'), original('食品经营许可证正副本', { issuingBody: '市场监督管理部门' }), original('与变更事项有关的材料')],
    steps: REVIEW, result: '食品经营许可证（变更后）', windows: ['A02'], lifeEvents: ['businessOperation'],
  },
  {
    department: 'SCJG', main: 5, sub: 3, name: '食品经营许可（延续）', type: 'licensing',
    legalBasis: FOOD_BASIS, legalDays: 10, promisedDays: 3, maxVisits: 0, channels: BOTH, agencyAllowed: true,
    conditions: ['在许可证有效期届满 30 个工作日前提出申请'],
    materials: [form('食品经营许可延续申请书'), original('食品经营许可证正副本', { issuingBody: '市场监督管理部门' })],
    steps: REVIEW, result: '食品经营许可证（延续）', windows: ['A02'], lifeEvents: ['businessOperation'],
  },
  {
    department: 'SCJG', main: 6, name: '特种设备使用登记', type: 'licensing',
    legalBasis: ['《中华人民共和国特种设备安全法》第三十三条', '《特种设备使用管理规则》（TSG 08-2017）'], legalDays: 15, promisedDays: 5, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['特种设备投入使用前或者投入使用后 30 日内申请'],
    materials: [form('特种设备使用登记表'), original('产品合格证', { issuingBody: '制造单位' }), original('监督检验证明', { issuingBody: '特种设备检验机构' }), LICENCE],
    steps: REVIEW, result: '特种设备使用登记证', windows: ['A02'], lifeEvents: ['businessOperation'],
  },
  // ── 自然资源 ──
  {
    department: 'ZRZY', main: 1, name: '建设工程规划许可证核发', type: 'licensing',
    legalBasis: ['《中华人民共和国城乡规划法》第四十条', '《中华人民共和国行政许可法》第四十二条'], legalDays: 20, promisedDays: 10, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['已取得建设用地使用权；建设工程设计方案符合控制性详细规划和规划条件'],
    materials: [form('建设工程规划许可申请表'), original('使用土地的有关证明文件'), original('建设工程设计方案总平面图', { originals: 2 }), original('建设工程施工图设计文件'), PROXY],
    steps: CHIEF, result: '建设工程规划许可证', windows: ['C02', 'C01'], lifeEvents: ['construction'],
  },
  {
    department: 'ZRZY', main: 2, name: '建设用地规划许可证核发', type: 'licensing',
    legalBasis: ['《中华人民共和国城乡规划法》第三十七条、第三十八条'], legalDays: 20, promisedDays: 7, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['以划拨方式取得国有土地使用权的项目已取得项目批准、核准或备案文件；以出让方式的已签订出让合同'],
    materials: [form('建设用地规划许可申请表'), original('项目批准、核准或备案文件'), when('国有建设用地使用权出让合同', '以出让方式取得土地的', { originals: 0, copies: 1 }), original('标注用地范围的地形图')],
    steps: CHIEF, result: '建设用地规划许可证', windows: ['C02', 'C01'], lifeEvents: ['construction'],
  },
  {
    department: 'ZRZY', main: 3, name: '乡村建设规划许可证核发', type: 'licensing',
    legalBasis: ['《中华人民共和国城乡规划法》第四十一条'], legalDays: 20, promisedDays: 7, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['在乡、村庄规划区内进行农村村民住宅建设，符合乡村规划，已取得宅基地批准'],
    materials: [form('乡村建设规划许可申请表'), ID_CARD, original('宅基地批准文件', { issuingBody: '乡镇人民政府' }), original('住宅设计图或通用图')],
    steps: SITE, result: '乡村建设规划许可证', windows: ['C02'], lifeEvents: ['housing', 'construction'],
  },
  // ── 住建 ──
  {
    department: 'ZJ', main: 1, name: '建筑工程施工许可证核发', type: 'licensing',
    legalBasis: ['《中华人民共和国建筑法》第七条、第八条', '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）'], legalDays: 7, promisedDays: 3, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['已办理用地批准手续和建设工程规划许可证', '已确定施工企业；有满足施工需要的资金安排和施工图纸'],
    materials: [form('建筑工程施工许可证申请表'), copy('建设工程规划许可证', { issuingBody: '自然资源部门' }), original('施工合同'), original('建设资金已经落实承诺书'), original('施工图设计文件审查合格书')],
    steps: CHIEF, result: '建筑工程施工许可证', windows: ['C02', 'C01'], lifeEvents: ['construction'],
  },
  {
    department: 'ZJ', main: 2, name: '商品房预售许可', type: 'licensing',
    legalBasis: ['《中华人民共和国城市房地产管理法》第四十五条', '《城市商品房预售管理办法》第七条'], legalDays: 10, promisedDays: 5, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['已交付全部土地使用权出让金，取得土地使用权证书', '持有建设工程规划许可证和施工许可证', '投入开发建设的资金达到工程建设总投资的 25% 以上'],
    materials: [form('商品房预售许可申请表'), LICENCE, copy('房地产开发企业资质证书'), copy('土地使用权证书'), copy('建设工程规划许可证', { issuingBody: '自然资源部门' }), copy('建筑工程施工许可证', { issuingBody: '住房和城乡建设部门' }), original('商品房预售方案')],
    steps: SITE, result: '商品房预售许可证', windows: ['C02'], lifeEvents: ['construction', 'housing'],
  },
  {
    department: 'ZJ', main: 3, name: '建设工程消防验收', type: 'licensing',
    legalBasis: ['《中华人民共和国消防法》第十三条', '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第58号）'], legalDays: 15, promisedDays: 10, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['特殊建设工程竣工，消防设施经检测合格'],
    materials: [form('消防验收申请表'), original('工程竣工验收报告'), original('涉及消防的建设工程竣工图纸')],
    steps: SITE, result: '特殊建设工程消防验收意见书', windows: ['C02'], lifeEvents: ['construction'],
  },
  // ── 交通运输 ──
  {
    department: 'JT', main: 1, name: '道路旅客运输经营许可', type: 'licensing',
    legalBasis: ['《中华人民共和国道路运输条例》第八条、第十条', '《道路旅客运输及客运站管理规定》'], legalDays: 20, promisedDays: 10, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['有与其经营业务相适应并经检测合格的车辆', '有符合规定条件的驾驶人员和健全的安全生产管理制度'],
    materials: [form('道路旅客运输经营申请表'), LICENCE, original('拟投入车辆承诺书'), original('驾驶人员的机动车驾驶证、从业资格证'), original('安全生产管理制度文本')],
    steps: CHIEF, result: '道路运输经营许可证', windows: ['A04'], lifeEvents: ['businessOperation', 'transport'],
  },
  {
    department: 'JT', main: 2, name: '道路货物运输经营许可', type: 'licensing',
    legalBasis: ['《中华人民共和国道路运输条例》第二十一条、第二十四条', '《道路货物运输及站场管理规定》'], legalDays: 20, promisedDays: 5, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['有与其经营业务相适应并经检测合格的车辆', '有符合规定条件的驾驶人员'],
    materials: [form('道路货物运输经营申请表'), LICENCE, original('车辆行驶证、车辆技术等级评定结论'), original('驾驶人员从业资格证')],
    steps: REVIEW, result: '道路运输经营许可证', windows: ['A04'], lifeEvents: ['businessOperation', 'transport'],
  },
  {
    department: 'JT', main: 3, name: '机动车维修经营备案', type: 'other',
    legalBasis: ['《中华人民共和国道路运输条例》第三十七条', '《机动车维修管理规定》第八条'], legalDays: 0, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['已取得营业执照，具备相应的维修场地、设备和技术人员'],
    materials: [form('机动车维修经营备案表'), LICENCE, original('维修场地、设备和技术人员情况说明')],
    steps: ON_THE_SPOT, result: '备案回执', windows: ['A04'], lifeEvents: ['businessOperation'],
  },
  {
    department: 'JT', main: 4, name: '超限运输车辆行驶公路许可', type: 'licensing',
    legalBasis: ['《中华人民共和国公路法》第五十条', '《公路安全保护条例》第三十五条', '《超限运输车辆行驶公路管理规定》'], legalDays: 15, promisedDays: 2, maxVisits: 0, channels: BOTH, agencyAllowed: true,
    conditions: ['载运不可解体物品，确需超限运输'],
    materials: [form('超限运输车辆行驶公路申请表'), original('车辆行驶证、道路运输证'), original('货物名称、重量、外廓尺寸说明'), when('通行路线安全技术评估报告', '车货总质量超过 100 吨的')],
    steps: REVIEW, result: '超限运输车辆通行证', windows: ['A04'], lifeEvents: ['transport'],
  },
  // ── 卫生健康 ──
  {
    department: 'WJ', main: 1, name: '医疗机构执业登记', type: 'licensing',
    legalBasis: ['《医疗机构管理条例》第十五条、第十七条', '《医疗机构管理条例实施细则》'], legalDays: 45, promisedDays: 20, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['符合医疗机构基本标准，有适合的名称、组织机构和场所', '有与其开展业务相适应的经费、设施、设备和专业卫生技术人员'],
    materials: [form('医疗机构申请执业登记注册书'), original('医疗机构用房产权证明或使用证明'), original('医疗机构建筑设计平面图'), original('卫生技术人员名录及执业证书'), original('规章制度和人员岗位职责')],
    steps: SITE, result: '医疗机构执业许可证', windows: ['B01', 'B02'], lifeEvents: ['medical', 'businessOperation'],
  },
  {
    department: 'WJ', main: 2, name: '医师执业注册', type: 'licensing',
    legalBasis: ['《中华人民共和国医师法》第十三条', '《医师执业注册管理办法》第十条'], legalDays: 20, promisedDays: 5, maxVisits: 0, channels: BOTH, agencyAllowed: false,
    conditions: ['取得医师资格，受聘于拟执业的医疗、预防、保健机构'],
    materials: [form('医师执业注册申请审核表'), ID_CARD, original('医师资格证书', { issuingBody: '卫生健康主管部门' }), original('拟执业机构的聘用证明')],
    steps: REVIEW, result: '医师执业证书', windows: ['B01', 'B02'], lifeEvents: ['employment', 'medical'],
  },
  {
    department: 'WJ', main: 3, name: '公共场所卫生许可', type: 'licensing',
    legalBasis: ['《公共场所卫生管理条例》第八条', '《公共场所卫生管理条例实施细则》第二十二条'], legalDays: 20, promisedDays: 5, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['场所、设施、卫生管理制度符合卫生标准和规范'],
    materials: [form('公共场所卫生许可申请表'), LICENCE, LEGAL_REP_ID, original('公共场所地址方位示意图、平面图和卫生设施平面布局图'), original('公共场所卫生检测或评价报告')],
    steps: SITE, result: '公共场所卫生许可证', windows: ['B01', 'B02'], lifeEvents: ['businessOperation'],
  },
  {
    department: 'WJ', main: 4, name: '生育登记', type: 'publicService',
    legalBasis: ['《中华人民共和国人口与计划生育法》第十八条', '《浙江省人口与计划生育条例》'], legalDays: 0, promisedDays: 0, maxVisits: 0, channels: BOTH, agencyAllowed: true,
    conditions: ['夫妻双方一方户籍在本县或在本县居住'],
    materials: [copy('夫妻双方居民身份证', { issuingBody: '公安机关' }), when('结婚证', '已登记结婚的', { originals: 0, copies: 1, issuingBody: '民政部门' })],
    steps: ON_THE_SPOT, result: '生育服务登记信息', windows: ['B01', 'B02'], lifeEvents: ['birth'],
  },
  // ── 税务 ──
  {
    department: 'SW', main: 1, name: '新办纳税人涉税事项（信息确认）', type: 'publicService',
    legalBasis: ['《中华人民共和国税收征收管理法》第十五条', '《国家税务总局关于进一步优化新办纳税人涉税事项办理的公告》'], legalDays: 0, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['已领取营业执照的单位和个体工商户'],
    materials: [LICENCE, LEGAL_REP_ID, copy('经办人身份证件', { issuingBody: '公安机关' })],
    steps: ON_THE_SPOT, result: '税务信息确认结果', windows: ['A03'], lifeEvents: ['startBusiness'],
  },
  {
    department: 'SW', main: 2, name: '发票领用', type: 'publicService',
    legalBasis: ['《中华人民共和国发票管理办法》第十五条'], legalDays: 5, promisedDays: 0, maxVisits: 0, channels: BOTH, agencyAllowed: true,
    conditions: ['已办理涉税信息确认的纳税人'],
    materials: [copy('经办人身份证件', { issuingBody: '公安机关' })],
    steps: ON_THE_SPOT, result: '发票（电子发票授信额度）', windows: ['A03'], lifeEvents: ['startBusiness', 'businessOperation'],
  },
  {
    department: 'SW', main: 3, name: '契税申报', type: 'publicService',
    legalBasis: ['《中华人民共和国契税法》第九条、第十条'], legalDays: 0, promisedDays: 0, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['承受土地、房屋权属的单位和个人，在办理权属登记前申报'],
    materials: [form('契税纳税申报表'), copy('房屋买卖合同或权属转移合同'), ID_CARD],
    steps: ON_THE_SPOT, result: '契税完税凭证', windows: ['A03'], lifeEvents: ['housing'],
  },
  // ── 人力资源和社会保障 ──
  {
    department: 'RS', main: 1, name: '社会保险登记（单位参保）', type: 'administrativeConfirmation',
    legalBasis: ['《中华人民共和国社会保险法》第五十七条', '《社会保险费征缴暂行条例》第七条'], legalDays: 15, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['用人单位自成立之日起 30 日内申请'],
    materials: [LICENCE, LEGAL_REP_ID, form('社会保险登记表')],
    steps: ON_THE_SPOT, result: '社会保险登记信息', windows: ['B01', 'B02'], lifeEvents: ['startBusiness', 'employment'],
  },
  {
    department: 'RS', main: 2, name: '灵活就业人员参保登记', type: 'publicService',
    legalBasis: ['《中华人民共和国社会保险法》第十条、第二十三条'], legalDays: 15, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员'],
    materials: [ID_CARD],
    steps: ON_THE_SPOT, result: '参保登记信息', windows: ['B01', 'B02'], lifeEvents: ['employment'],
  },
  {
    department: 'RS', main: 3, name: '就业登记', type: 'publicService',
    legalBasis: ['《中华人民共和国就业促进法》第三十五条', '《就业服务与就业管理规定》第六十一条'], legalDays: 0, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['劳动者被用人单位招用或从事个体经营、灵活就业'],
    materials: [ID_CARD, when('劳动合同', '被用人单位招用的', { originals: 0, copies: 1 })],
    steps: ON_THE_SPOT, result: '就业登记信息', windows: ['B01', 'B02'], lifeEvents: ['employment'],
  },
  {
    department: 'RS', main: 4, name: '失业保险金申领', type: 'publicService',
    legalBasis: ['《中华人民共和国社会保险法》第四十五条、第五十条', '《失业保险条例》第十四条'], legalDays: 10, promisedDays: 3, maxVisits: 0, channels: BOTH, agencyAllowed: true,
    conditions: ['失业前用人单位和本人已缴纳失业保险费满一年', '非因本人意愿中断就业，已进行失业登记并有求职要求'],
    materials: [ID_CARD, original('终止或解除劳动关系的证明', { issuingBody: '原用人单位' })],
    steps: REVIEW, result: '失业保险金核定结果', windows: ['B01', 'B02'], lifeEvents: ['employment', 'socialAssistance'],
  },
  {
    department: 'RS', main: 5, name: '城乡居民基本养老保险待遇申领', type: 'publicService',
    legalBasis: ['《中华人民共和国社会保险法》第二十一条', '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）'], legalDays: 20, promisedDays: 5, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['年满 60 周岁、累计缴费满 15 年，且未领取国家规定的基本养老保障待遇'],
    materials: [ID_CARD, HOUSEHOLD_BOOK, copy('本人银行账户信息')],
    steps: REVIEW, result: '养老保险待遇核定结果', windows: ['B01', 'B02'], lifeEvents: ['retirement'],
  },
  // ── 民政 ──
  {
    department: 'MZ', main: 1, name: '内地居民结婚登记', type: 'administrativeConfirmation',
    legalBasis: ['《中华人民共和国民法典》第一千零四十九条', '《婚姻登记条例》第四条、第七条'], legalDays: 0, promisedDays: 0, maxVisits: 1, channels: ['window'], agencyAllowed: false,
    conditions: ['男女双方完全自愿，达到法定婚龄，均无配偶，非直系血亲和三代以内旁系血亲', '男女双方亲自到婚姻登记机关申请'],
    materials: [original('男女双方居民身份证', { issuingBody: '公安机关' }), original('男女双方居民户口簿', { issuingBody: '公安机关' }), original('本人近期半身免冠合影照片', { originals: 3 })],
    steps: ON_THE_SPOT, result: '结婚证', windows: ['B01', 'B02'], lifeEvents: ['marriage'],
  },
  {
    department: 'MZ', main: 2, name: '最低生活保障审核确认', type: 'administrativeConfirmation',
    legalBasis: ['《社会救助暂行办法》第九条、第十一条', '《最低生活保障审核确认办法》（民发〔2021〕57号）'], legalDays: 30, promisedDays: 20, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合财产状况规定'],
    materials: [form('最低生活保障申请书'), HOUSEHOLD_BOOK, copy('家庭成员居民身份证', { issuingBody: '公安机关' }), original('家庭经济状况核对授权书')],
    steps: SITE, result: '最低生活保障审核确认决定', windows: ['B01', 'B02'], lifeEvents: ['socialAssistance'],
  },
  {
    department: 'MZ', main: 3, name: '特困人员救助供养审核确认', type: 'administrativeConfirmation',
    legalBasis: ['《社会救助暂行办法》第十四条、第十六条', '《特困人员认定办法》（民发〔2021〕43号）'], legalDays: 20, promisedDays: 15, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力'],
    materials: [form('特困人员救助供养申请书'), HOUSEHOLD_BOOK, ID_CARD],
    steps: SITE, result: '特困人员救助供养审核确认决定', windows: ['B01', 'B02'], lifeEvents: ['socialAssistance', 'retirement'],
  },
  {
    department: 'MZ', main: 4, name: '养老机构备案', type: 'other',
    legalBasis: ['《中华人民共和国老年人权益保障法》第四十三条', '《养老机构管理办法》（民政部令第66号）第九条'], legalDays: 0, promisedDays: 0, maxVisits: 0, channels: ALL, agencyAllowed: true,
    conditions: ['已依法办理法人登记的养老机构'],
    materials: [form('养老机构备案书'), copy('养老机构登记证书或营业执照'), original('养老机构备案承诺书')],
    steps: ON_THE_SPOT, result: '养老机构备案回执', windows: ['B01', 'B02'], lifeEvents: ['retirement'],
  },
  {
    department: 'MZ', main: 5, name: '社会团体成立登记', type: 'licensing',
    legalBasis: ['《社会团体登记管理条例》第九条、第十二条'], legalDays: 60, promisedDays: 20, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['有 50 个以上的个人会员或者 30 个以上的单位会员', '有规范的名称、相应的组织机构、固定的住所和合法的资产'],
    materials: [form('社会团体成立登记申请书'), original('业务主管单位的批准文件'), original('验资报告、场所使用权证明'), original('章程草案')],
    steps: CHIEF, result: '社会团体法人登记证书', windows: ['B01', 'B02'], lifeEvents: [],
  },
  // ── 发展和改革 ──
  {
    department: 'FG', main: 1, name: '企业投资项目备案', type: 'other',
    legalBasis: ['《企业投资项目核准和备案管理条例》第三条、第十三条'], legalDays: 0, promisedDays: 0, maxVisits: 0, channels: ['online', 'window'], agencyAllowed: true,
    conditions: ['不在《政府核准的投资项目目录》内的企业投资项目'],
    materials: [original('项目备案信息（企业基本情况、项目名称、建设地点、建设规模、建设内容、总投资额）')],
    steps: ON_THE_SPOT, result: '项目备案证明', windows: ['C01'], lifeEvents: ['construction'],
  },
  {
    department: 'FG', main: 2, name: '企业投资项目核准', type: 'licensing',
    legalBasis: ['《企业投资项目核准和备案管理条例》第六条、第九条', '《政府核准的投资项目目录》'], legalDays: 20, promisedDays: 10, maxVisits: 1, channels: ALL, agencyAllowed: true,
    conditions: ['属于《政府核准的投资项目目录》范围的企业投资项目'],
    materials: [original('项目申请书'), original('城乡规划、用地（用海）预审等依法应当提交的文件'), LICENCE],
    steps: CHIEF, result: '项目核准文件', windows: ['C01'], lifeEvents: ['construction'],
  },
  {
    department: 'FG', main: 3, name: '固定资产投资项目节能审查', type: 'nonLicensingApproval',
    legalBasis: ['《中华人民共和国节约能源法》第十五条', '《固定资产投资项目节能审查办法》（国家发展改革委令第2号）'], legalDays: 20, promisedDays: 10, maxVisits: 1, channels: BOTH, agencyAllowed: true,
    conditions: ['年综合能源消费量 1000 吨标准煤以上的固定资产投资项目'],
    materials: [original('节能报告'), original('项目核准或备案文件', { originals: 0, copies: 1 })],
    steps: REVIEW, result: '节能审查意见', windows: ['C01'], lifeEvents: ['construction'],
  },
];

/** 开办餐饮店一件事：营业执照、食品经营许可、涉税事项、社保登记，一窗受理、材料一次提交。 */
export const demoBundles: { code: string; name: string; description: string; items: { department: DemoDepartmentCode; main: number; sub?: number }[]; lifeEvents: LifeEvent[] }[] = [
  {
    code: 'YJS-331099-001',
    name: '开办餐饮店一件事',
    description: '开一家餐饮店所需的企业设立登记、食品经营许可（新办）、新办纳税人涉税事项和单位参保登记，一次告知、一表申请、一窗受理、材料一次提交，共用材料只交一份。',
    items: [
      { department: 'SCJG', main: 1 },
      { department: 'SCJG', main: 5, sub: 1 },
      { department: 'SW', main: 1 },
      { department: 'RS', main: 1 },
    ],
    lifeEvents: ['startBusiness', 'businessOperation'],
  },
];

/** 收费目录：仍在收取的，和已取消的（reference 001: 苏政发〔2009〕111号，自 9 月 1 日起取消）。 */
export const demoFees: {
  name: string;
  department: DemoDepartmentCode;
  standard: string;
  legalBasis: string;
  amountFen?: number;
  waivable?: boolean;
  cancelled?: { on: string; documentNo: string; reason: string };
}[] = [
  { name: '居民身份证工本费', department: 'GA', standard: '每证 20 元', legalBasis: '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）', amountFen: 2000, waivable: true },
  { name: '临时居民身份证工本费', department: 'GA', standard: '每证 10 元', legalBasis: '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）', amountFen: 1000, waivable: true },
  ...(
    [
      ['居民身份证加急费', 'GA', '每证 40 元'],
      ['食品生产经营者审查费', 'WJ', '按审查项目计收'],
      ['公共场所卫生审查费', 'WJ', '按审查项目计收'],
      ['税务登记证工本费', 'SW', '每证 10 元'],
    ] as const
  ).map(([name, department, standard]) => ({
    name,
    department,
    standard,
    legalBasis: '原省物价局、财政厅收费批复',
    cancelled: { on: '2009-09-01', documentNo: '苏政发〔2009〕111号', reason: '《关于进一步取消和停止征收部分行政事业性中介经营服务性收费项目的通知》' },
  })),
];
