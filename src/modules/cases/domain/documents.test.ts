import { describe, expect, it } from 'vitest';
import { chineseDate, documentContent, documentKindFor, formatDocumentNumber, type DocumentFacts } from './documents.js';
import { actionsFor, statesFor } from './tasks.js';

const facts: DocumentFacts = {
  caseNo: '33109901-20260302-00007',
  queryCode: 'K7M2QP',
  applicant: { type: 'person', name: '张小三', idNumber: '330102199001011234', phone: '13800001234' },
  itemName: '食品经营许可',
  itemResult: '食品经营许可证',
  promisedDays: 10,
  legalDays: 20,
  onTheSpot: false,
  center: { name: '示范县政务服务中心', address: '示范县人民路 88 号', phone: '0571-88880000' },
  department: { name: '示范县市场监督管理局', phone: '0571-88881234' },
  materials: [
    { name: '申请书', status: 'received', originals: 1, copies: 0, note: '' },
    { name: '营业执照', status: 'missing', originals: 0, copies: 0, note: '' },
  ],
  receivedOn: '2026-03-02',
  acceptedOn: '2026-03-03',
  deemed: false,
  deadline: '2026-03-17',
  issuedOn: '2026-03-03',
};

describe('case documents', () => {
  it('numbers a document per issuer, kind and year with five digits', () => {
    expect(formatDocumentNumber({ issuer: '示范县政务服务中心', kind: 'acceptance', year: 2026, sequence: 12 })).toBe('示范县政务服务中心 受字〔2026〕第 00012 号');
    expect(formatDocumentNumber({ issuer: '城关镇便民服务中心', kind: 'refusal', year: 2025, sequence: 123456 })).toBe('城关镇便民服务中心 不受字〔2025〕第 123456 号');
  });

  it('knows which transition issues which document', () => {
    expect(documentKindFor({ type: 'receive' })).toBe('receipt');
    expect(documentKindFor({ type: 'accept', deemed: true })).toBe('acceptance');
    expect(documentKindFor({ type: 'requestCorrection', problems: [] })).toBe('correction');
    expect(documentKindFor({ type: 'preReview', outcome: 'return' })).toBe('correction');
    expect(documentKindFor({ type: 'preReview', outcome: 'pass' })).toBeNull();
    expect(documentKindFor({ type: 'refuse', reason: 'r', legalBasis: 'b' })).toBe('refusal');
    expect(documentKindFor({ type: 'approve', decision: 'deny', reason: 'r' })).toBe('result');
    expect(documentKindFor({ type: 'review', opinion: 'o', recommendation: 'grant' })).toBeNull();
    expect(documentKindFor({ type: 'complete' })).toBeNull();
  });

  it('writes dates the official way', () => {
    expect(chineseDate('2026-03-05')).toBe('2026年3月5日');
  });

  it('gives the acceptance notice its deadline and the progress QR', () => {
    const c = documentContent('acceptance', facts);
    expect(c.title).toBe('受理通知书');
    expect(c.issuedOnText).toBe('2026年3月3日');
    expect(c.qr).toBe('progress');
    expect(c.paragraphs.join('')).toContain('2026年3月17日前办结');
    expect(c.paragraphs.join('')).toContain('决定予以受理');
    expect(c.materials).toEqual([]);
    const deemed = documentContent('acceptance', { ...facts, deemed: true });
    expect(deemed.paragraphs[0]).toContain('即为受理');
    expect(documentContent('acceptance', { ...facts, onTheSpot: true }).paragraphs[1]).toContain('即办件');
  });

  it('lists every material on the receipt and every problem on the correction notice', () => {
    expect(documentContent('receipt', facts).materials.map((m) => m.name)).toEqual(['申请书', '营业执照']);
    const problems = [
      { material: '营业执照', problem: '未提供' },
      { material: '申请书', problem: '缺少签字' },
    ];
    const c = documentContent('correction', { ...facts, problems });
    expect(c.title).toBe('补正材料告知书');
    expect(c.problems).toEqual(problems);
    expect(c.paragraphs[0]).toContain('一次性告知');
  });

  it('states reason and legal basis on the refusal, and the decision on the result notice', () => {
    const refusal = documentContent('refusal', { ...facts, reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项' });
    expect(refusal.paragraphs[0]).toContain('不属于本机关职权范围');
    expect(refusal.paragraphs[0]).toContain('第三十二条第一款第（二）项的规定，决定不予受理');
    expect(refusal.paragraphs[1]).toContain('行政复议');
    const granted = documentContent('result', { ...facts, decision: 'grant', reason: '符合条件' });
    expect(granted.title).toBe('准予行政许可结果通知书');
    expect(granted.qr).toBe('rate');
    expect(granted.paragraphs[1]).toContain('“食品经营许可证”');
    expect(documentContent('result', { ...facts, decision: 'grant', reason: '符合条件。' }).paragraphs[0]).toContain('经审查：符合条件。决定准予');
    const denied = documentContent('result', { ...facts, decision: 'deny', reason: '场所不符合要求' });
    expect(denied.title).toBe('不予行政许可结果通知书');
    expect(denied.paragraphs.join('')).toContain('行政诉讼');
  });
});

describe('workbench tasks', () => {
  it('lists the states of a task, intersected with an explicit state filter', () => {
    expect(statesFor('intake', undefined)).toEqual(['received']);
    expect(statesFor('delivery', undefined)).toEqual(['decided', 'completed']);
    expect(statesFor('delivery', ['completed', 'accepted'])).toEqual(['completed']);
    expect(statesFor('review', ['received'])).toEqual([]);
    expect(statesFor(undefined, ['received'])).toEqual(['received']);
    expect(statesFor(undefined, undefined)).toBeUndefined();
  });

  it('offers a performer only the actions of their role from the state', () => {
    const staff = (roles: ('clerk' | 'reviewer' | 'approver')[], mayDecide = false) => ({ id: 's1', roles, mayDecide, kind: 'staff' as const });
    expect(actionsFor('received', staff(['clerk']))).toEqual(['accept', 'requestCorrection', 'refuse', 'withdraw']);
    expect(actionsFor('accepted', staff(['reviewer']))).toEqual(['review', 'suspend']);
    expect(actionsFor('reviewed', staff(['reviewer'], true))).toEqual(['approve', 'suspend', 'extend', 'terminate']);
    expect(actionsFor('delivered', staff(['clerk', 'approver']))).toEqual([]);
  });
});
