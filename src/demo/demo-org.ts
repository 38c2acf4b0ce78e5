import type { Role } from '../kernel/permissions/roles.js';
import { completeCreditCode } from '../kernel/validators/credit-code.js';
import type { CenterLevel, ChiefPower, WindowKind } from '../modules/org/org.domain.js';

/** The demo county (示范县): fictional names, realistic shape. Region codes use an unassigned 331099 prefix. */
export const DEMO_PASSWORD = 'Window2026';

export const demoRegions = [
  { code: '331099', name: '示范县', level: 'county', parentCode: null },
  { code: '331099101', name: '城关镇', level: 'township', parentCode: '331099' },
  { code: '331099102', name: '青山乡', level: 'township', parentCode: '331099' },
  { code: '331099101201', name: '东街村', level: 'village', parentCode: '331099101' },
  { code: '331099101202', name: '西湖村', level: 'village', parentCode: '331099101' },
  { code: '331099102201', name: '石桥村', level: 'village', parentCode: '331099102' },
  { code: '331099102202', name: '竹林村', level: 'village', parentCode: '331099102' },
] as const;

export const demoCenters: { key: string; name: string; level: CenterLevel; regionCode: string; parent: string | null; address: string; phone: string }[] = [
  { key: 'county', name: '示范县政务服务中心', level: 'county_center', regionCode: '331099', parent: null, address: '示范县人民路 88 号', phone: '0571-88880000' },
  { key: 'realty', name: '示范县政务服务中心不动产分厅', level: 'branch_hall', regionCode: '331099', parent: 'county', address: '示范县迎宾大道 12 号', phone: '0571-88880100' },
  { key: 'chengguan', name: '城关镇便民服务中心', level: 'township_center', regionCode: '331099101', parent: 'county', address: '城关镇政府一楼', phone: '0571-88881000' },
  { key: 'qingshan', name: '青山乡便民服务中心', level: 'township_center', regionCode: '331099102', parent: 'county', address: '青山乡政府一楼', phone: '0571-88882000' },
  { key: 'dongjie', name: '东街村代办点', level: 'village_point', regionCode: '331099101201', parent: 'chengguan', address: '东街村村委会', phone: '0571-88881201' },
  { key: 'xihu', name: '西湖村代办点', level: 'village_point', regionCode: '331099101202', parent: 'chengguan', address: '西湖村村委会', phone: '0571-88881202' },
  { key: 'shiqiao', name: '石桥村代办点', level: 'village_point', regionCode: '331099102201', parent: 'qingshan', address: '石桥村村委会', phone: '0571-88882201' },
  { key: 'zhulin', name: '竹林村代办点', level: 'village_point', regionCode: '331099102202', parent: 'qingshan', address: '竹林村村委会', phone: '0571-88882202' },
];

/** 示范县部门 n 的统一社会信用代码：机构编制登记的机关（11），区划 331099，校验位算出。 */
export function demoCreditCode(n: number): string {
  return completeCreditCode(`11331099MB${String(n).padStart(6, '0')}`);
}

export const demoDepartments = [
  { code: 'GA', name: '示范县公安局', shortName: '公安', phone: '0571-88880201', creditCode: demoCreditCode(1) },
  { code: 'SCJG', name: '示范县市场监督管理局', shortName: '市场监管', phone: '0571-88880202', creditCode: demoCreditCode(2) },
  { code: 'ZRZY', name: '示范县自然资源局', shortName: '自然资源', phone: '0571-88880203', creditCode: demoCreditCode(3) },
  { code: 'ZJ', name: '示范县住房和城乡建设局', shortName: '住建', phone: '0571-88880204', creditCode: demoCreditCode(4) },
  { code: 'JT', name: '示范县交通运输局', shortName: '交通', phone: '0571-88880205', creditCode: demoCreditCode(5) },
  { code: 'WJ', name: '示范县卫生健康局', shortName: '卫健', phone: '0571-88880206', creditCode: demoCreditCode(6) },
  { code: 'SW', name: '国家税务总局示范县税务局', shortName: '税务', phone: '0571-88880207', creditCode: demoCreditCode(7) },
  { code: 'RS', name: '示范县人力资源和社会保障局', shortName: '人社', phone: '0571-88880208', creditCode: demoCreditCode(8) },
  { code: 'MZ', name: '示范县民政局', shortName: '民政', phone: '0571-88880209', creditCode: demoCreditCode(9) },
  { code: 'FG', name: '示范县发展和改革局', shortName: '发改', phone: '0571-88880210', creditCode: demoCreditCode(10) },
] as const;

export type DemoDepartmentCode = (typeof demoDepartments)[number]['code'];

export const demoWindows: { center: string; number: string; name: string; kind: WindowKind; category?: string; location: string; departments: DemoDepartmentCode[] }[] = [
  { center: 'county', number: 'A01', name: '公安户政窗口', kind: 'dedicated', location: '一楼 A 区', departments: ['GA'] },
  { center: 'county', number: 'A02', name: '市场监管窗口', kind: 'dedicated', location: '一楼 A 区', departments: ['SCJG'] },
  { center: 'county', number: 'A03', name: '税务窗口', kind: 'dedicated', location: '一楼 A 区', departments: ['SW'] },
  { center: 'county', number: 'A04', name: '交通运输窗口', kind: 'dedicated', location: '一楼 A 区', departments: ['JT'] },
  { center: 'county', number: 'B01', name: '社会事务综合窗口', kind: 'comprehensive', location: '一楼 B 区', departments: ['MZ', 'RS', 'WJ'] },
  { center: 'county', number: 'B02', name: '社会事务综合窗口', kind: 'comprehensive', location: '一楼 B 区', departments: ['MZ', 'RS', 'WJ'] },
  { center: 'county', number: 'C01', name: '项目投资窗口', kind: 'category', category: '项目投资', location: '二楼 C 区', departments: ['FG', 'ZRZY', 'ZJ'] },
  { center: 'county', number: 'C02', name: '建设许可窗口', kind: 'category', category: '建设许可', location: '二楼 C 区', departments: ['ZRZY', 'ZJ'] },
];

export const demoStaff: { username: string; displayName: string; center: string; department?: DemoDepartmentCode; window?: string; roles: Role[]; phone: string }[] = [
  { username: 'admin', displayName: '王管理', center: 'county', roles: ['admin'], phone: '13800000001' },
  { username: 'supervisor', displayName: '李监察', center: 'county', roles: ['supervisor'], phone: '13800000002' },
  { username: 'leader', displayName: '赵县长', center: 'county', roles: ['leader'], phone: '13800000003' },
  { username: 'clerk.police', displayName: '陈户政', center: 'county', department: 'GA', window: 'A01', roles: ['clerk'], phone: '13800000004' },
  { username: 'clerk.market', displayName: '刘受理', center: 'county', department: 'SCJG', window: 'A02', roles: ['clerk'], phone: '13800000005' },
  { username: 'reviewer.market', displayName: '周审核', center: 'county', department: 'SCJG', roles: ['reviewer'], phone: '13800000006' },
  { username: 'approver.market', displayName: '吴审批', center: 'county', department: 'SCJG', roles: ['approver'], phone: '13800000007' },
  { username: 'chief.market', displayName: '郑首席', center: 'county', department: 'SCJG', roles: ['chief_representative', 'approver'], phone: '13800000008' },
  { username: 'chief.market.b', displayName: '孙副席', center: 'county', department: 'SCJG', roles: ['chief_representative', 'reviewer'], phone: '13800000009' },
  { username: 'clerk.social', displayName: '何综窗', center: 'county', department: 'MZ', window: 'B01', roles: ['clerk'], phone: '13800000010' },
  { username: 'agent.chengguan', displayName: '钱代办', center: 'chengguan', roles: ['agent'], phone: '13800000011' },
  { username: 'agent.dongjie', displayName: '冯村代办', center: 'dongjie', roles: ['agent'], phone: '13800000012' },
  { username: 'hotline', displayName: '蒋坐席', center: 'county', roles: ['hotline_operator'], phone: '13800000013' },
];

export const demoAuthorizations: { staff: string; department: DemoDepartmentCode; position: 'A' | 'B'; documentNo: string; powers: ChiefPower[]; validFrom: string }[] = [
  { staff: 'chief.market', department: 'SCJG', position: 'A', documentNo: '示市监〔2026〕1号', powers: ['decide', 'reviewReport', 'coordinate', 'seal'], validFrom: '2026-01-01' },
  { staff: 'chief.market.b', department: 'SCJG', position: 'B', documentNo: '示市监〔2026〕2号', powers: ['reviewReport', 'coordinate'], validFrom: '2026-01-01' },
];
