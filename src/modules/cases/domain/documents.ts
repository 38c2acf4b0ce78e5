import type { Applicant } from './applicant.js';
import type { CaseAction, Decision, MaterialProblem } from './lifecycle.js';

/**
 * 文书: the notices a case's transitions issue, in the same transaction as the transition
 * (DESIGN §3, 一次告知 and the Administrative Licensing Law Art. 32, 38):
 *
 *   receive            → 收件凭证        receipt of materials
 *   accept (or deemed) → 受理通知书      acceptance notice
 *   requestCorrection  → 补正告知书      correction notice, every problem listed at once
 *   refuse             → 不予受理通知书  refusal notice, with reason and legal basis
 *   approve            → 准予/不予许可结果通知书  result notice (its QR code leads to 好差评)
 *
 * This file is pure: which document a transition issues, its number and its content snapshot.
 * A reprint shows the stored snapshot; the number never changes.
 */
export const DOCUMENT_KINDS = ['receipt', 'acceptance', 'correction', 'refusal', 'result'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The word in the number (〔文号〕): 收字, 受字, 补字, 不受字, 决字. */
export const NUMBER_WORDS: Record<DocumentKind, string> = { receipt: '收', acceptance: '受', correction: '补', refusal: '不受', result: '决' };

/** The document a transition issues, or null (review, suspend … issue none). */
export function documentKindFor(action: CaseAction | { type: 'receive' }): DocumentKind | null {
  switch (action.type) {
    case 'receive':
      return 'receipt';
    case 'accept':
      return 'acceptance';
    case 'requestCorrection':
      return 'correction';
    case 'preReview':
      return action.outcome === 'return' ? 'correction' : null;
    case 'refuse':
      return 'refusal';
    case 'approve':
      return 'result';
    default:
      return null;
  }
}

/**
 * The number (文号), unique per center, kind and year:
 *   `{issuer} {word}字〔{year}〕第 {sequence, 5 digits} 号`, e.g. `示范县政务服务中心 受字〔2026〕第 00012 号`.
 */
export function formatDocumentNumber(parts: { issuer: string; kind: DocumentKind; year: number; sequence: number }): string {
  return numberInFrame(documentNumberFrame(parts), parts.sequence);
}

export interface DocumentNumberFrame {
  before: string;
  digits: number;
  after: string;
}

/** The number with its sequence, padded to the frame's digits (more digits when it has more). */
export function numberInFrame(frame: DocumentNumberFrame, sequence: number): string {
  return `${frame.before}${String(sequence).padStart(frame.digits, '0')}${frame.after}`;
}

/** The number's text around its sequence, padded to `digits` (PostgreSQL numbers documents in the statement that inserts them). */
export function documentNumberFrame(parts: { issuer: string; kind: DocumentKind; year: number }): DocumentNumberFrame {
  return { before: `${parts.issuer} ${NUMBER_WORDS[parts.kind]}字〔${parts.year}〕第 `, digits: 5, after: ' 号' };
}

/** Whether a document of this kind lists the materials (only the receipt, 收件凭证, does). */
export function listsMaterials(kind: DocumentKind): boolean {
  return kind === 'receipt';
}

/** 2026-03-05 → 2026年3月5日 (dates on official documents). */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export interface DocumentMaterial {
  name: string;
  status: 'received' | 'missing' | 'defective';
  originals: number;
  copies: number;
  note: string;
}

/** What the service gathers for a document: the case, its issuer and the transition's data. */
export interface DocumentFacts {
  caseNo: string;
  queryCode: string;
  applicant: Applicant;
  itemName: string;
  itemResult: string | null;
  promisedDays: number;
  legalDays: number;
  onTheSpot: boolean;
  center: { name: string; address: string; phone: string };
  department: { name: string; phone: string };
  materials: DocumentMaterial[];
  receivedOn: string;
  acceptedOn: string | null;
  deemed: boolean;
  deadline: string | null;
  /** The China date of issue. */
  issuedOn: string;
  problems?: MaterialProblem[];
  reason?: string;
  legalBasis?: string;
  decision?: Decision;
}

/** The stored snapshot of a document: what its print page shows, forever the same. */
export interface DocumentContent {
  kind: DocumentKind;
  title: string;
  caseNo: string;
  queryCode: string;
  issuedOn: string;
  /** The date under the seal, as written on paper (2026年3月5日). */
  issuedOnText: string;
  applicant: Applicant;
  itemName: string;
  center: DocumentFacts['center'];
  department: DocumentFacts['department'];
  /** The salutation and the body, in order. */
  addressee: string;
  paragraphs: string[];
  /** Material list (receipt) or the problems to correct (correction notice). */
  materials: DocumentMaterial[];
  problems: MaterialProblem[];
  receivedOn: string;
  acceptedOn: string | null;
  deadline: string | null;
  decision: Decision | null;
  reason: string | null;
  legalBasis: string | null;
  /** Where the QR code leads: the progress page, or the rating page on the result notice. */
  qr: 'progress' | 'rate';
}

const TITLES: Record<Exclude<DocumentKind, 'result'>, string> = {
  receipt: '收件凭证',
  acceptance: '受理通知书',
  correction: '补正材料告知书',
  refusal: '不予受理通知书',
};

export function documentTitle(kind: DocumentKind, decision?: Decision | null): string {
  if (kind === 'result') return decision === 'deny' ? '不予行政许可结果通知书' : '准予行政许可结果通知书';
  return TITLES[kind];
}

const REMEDY = '如不服本决定，可以自收到本通知书之日起六十日内依法申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。';

/** A reason as written in a sentence: no closing punctuation of its own (the sentence adds it). */
const clause = (text: string | undefined) => (text ?? '').trim().replace(/[。；;，,.！!\s]+$/u, '');

function body(kind: DocumentKind, f: DocumentFacts): string[] {
  const applied = `你（单位）于${chineseDate(f.receivedOn)}提出的“${f.itemName}”申请`;
  const query = `可凭办件编号 ${f.caseNo} 和查询码 ${f.queryCode} 在网上办事大厅或扫描二维码查询办理进度。`;
  switch (kind) {
    case 'receipt':
      return [
        `你（单位）申请办理“${f.itemName}”的材料已收到，清单如下。本凭证仅证明收到申请材料，不表示已受理。`,
        '本中心将在五个工作日内作出是否受理的决定；逾期不告知的，自收到申请材料之日起即为受理。',
        query,
      ];
    case 'acceptance': {
      const accepted = f.deemed
        ? `${applied}，本中心未在法定期限内告知补正，依照《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，自收到申请材料之日起即为受理。`
        : `${applied}，申请材料齐全、符合法定形式，依照《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。`;
      const limit = f.onTheSpot
        ? '本事项为即办件，当场办结。'
        : `本事项承诺办结时限为 ${f.promisedDays} 个工作日，预计于${f.deadline ? chineseDate(f.deadline) : '承诺时限届满之日'}前办结。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在内。`;
      return [accepted, limit, query];
    }
    case 'correction':
      return [
        `${applied}，申请材料不齐全或者不符合法定形式。依照《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容（见下表）。`,
        '请按要求补正后重新提交；补正的申请材料齐全、符合法定形式的，本中心将予以受理。',
        query,
      ];
    case 'refusal':
      return [`${applied}，经审查：${clause(f.reason)}。依照${clause(f.legalBasis)}的规定，决定不予受理。`, REMEDY];
    case 'result':
      return f.decision === 'deny'
        ? [`${applied}，本中心已于${f.acceptedOn ? chineseDate(f.acceptedOn) : ''}受理。经审查：${clause(f.reason)}。决定不予行政许可。`, REMEDY, '欢迎扫描二维码对本次服务作出评价。']
        : [
            `${applied}，本中心已于${f.acceptedOn ? chineseDate(f.acceptedOn) : ''}受理。经审查：${clause(f.reason)}。决定准予行政许可。`,
            `请凭本通知书及有效身份证件领取${f.itemResult ? `“${f.itemResult}”` : '办理结果'}。`,
            '欢迎扫描二维码对本次服务作出评价。',
          ];
  }
}

/** The content snapshot of a document of `kind` for these facts. */
export function documentContent(kind: DocumentKind, f: DocumentFacts): DocumentContent {
  return {
    kind,
    title: documentTitle(kind, f.decision),
    caseNo: f.caseNo,
    queryCode: f.queryCode,
    issuedOn: f.issuedOn,
    issuedOnText: chineseDate(f.issuedOn),
    applicant: f.applicant,
    itemName: f.itemName,
    center: f.center,
    department: f.department,
    addressee: `${f.applicant.name}：`,
    paragraphs: body(kind, f),
    materials: listsMaterials(kind) ? f.materials : [],
    problems: kind === 'correction' ? (f.problems ?? []) : [],
    receivedOn: f.receivedOn,
    acceptedOn: f.acceptedOn,
    deadline: f.deadline,
    decision: kind === 'result' ? (f.decision ?? null) : null,
    reason: kind === 'refusal' || kind === 'result' ? (f.reason ?? null) : null,
    legalBasis: kind === 'refusal' ? (f.legalBasis ?? null) : null,
    qr: kind === 'result' ? 'rate' : 'progress',
  };
}

/** The transition's own facts for a document (problems, reasons, decision). */
export function actionFacts(action: CaseAction | { type: 'receive' }): Pick<DocumentFacts, 'problems' | 'reason' | 'legalBasis' | 'decision'> {
  switch (action.type) {
    case 'requestCorrection':
      return { problems: action.problems };
    case 'preReview':
      return { problems: action.problems ?? [] };
    case 'refuse':
      return { reason: action.reason, legalBasis: action.legalBasis };
    case 'approve':
      return { reason: action.reason, decision: action.decision };
    default:
      return {};
  }
}
