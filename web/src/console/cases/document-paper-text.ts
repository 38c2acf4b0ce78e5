/**
 * The labels printed on a document. Official documents are in Chinese whatever the console's
 * language (the body text comes from the server's snapshot, src/modules/cases/domain/documents.ts).
 */
export const PAPER = {
  no: '序号',
  material: '材料名称',
  originals: '原件',
  copies: '复印件',
  check: '核对结果',
  status: { received: '已收', missing: '缺少', defective: '不符合要求' },
  toCorrect: '需补正的内容',
  caseNo: '办件编号',
  queryCode: '查询码',
  item: '办理事项',
  department: '实施部门',
  seal: '盖章处',
  qr: { progress: '扫码查询办理进度', rate: '扫码评价本次服务' },
  contact: (name: string, address: string, phone: string) => `${name} · 地址：${address} · 电话：${phone}`,
} as const;
