import { issue, text, type Issue } from '../../../kernel/errors/index.js';
import { readableSize } from '../../../kernel/i18n/readable-size.js';
import { FINAL_STATES, type CaseState } from './lifecycle.js';

/** The file types a material may be uploaded as, recognised by their first bytes, never by name. */
export type UploadType = 'pdf' | 'jpg' | 'png';

export const UPLOAD_LIMITS = {
  /** Per file. */
  maxBytes: 10 * 1024 * 1024,
  /** Per case. */
  maxFiles: 30,
} as const;

const MIME: Record<UploadType, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' };

export function mimeOf(type: UploadType): string {
  return MIME[type];
}

/** States in which the applicant may add or remove files: a draft, or a case returned for correction. */
const APPLICANT_UPLOAD_STATES: readonly string[] = ['draft', 'correction'];

export function applicantMayUpload(state: string): boolean {
  return APPLICANT_UPLOAD_STATES.includes(state);
}

/** Staff may add files (a window case's scans) to a case until it is final (delivered, refused, withdrawn, terminated). */
export function staffMayUpload(state: CaseState): boolean {
  return !FINAL_STATES.includes(state);
}

/** The type from the content's signature, or null when it is none of the accepted ones. */
export function sniffUploadType(bytes: Uint8Array): UploadType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'jpg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  return null;
}

/** Every problem of one upload: type by content, size, and the case's file count. */
export function uploadIssues(bytes: Uint8Array, filesAlready: number, path = '/file'): Issue[] {
  const problems: Issue[] = [];
  if (bytes.length === 0) problems.push(issue(path, 'upload.empty', text('文件是空的。', 'The file is empty.')));
  else if (!sniffUploadType(bytes)) {
    problems.push(issue(path, 'upload.type', text('只接受 PDF、JPG、PNG 文件（按文件内容判断，与扩展名无关）。', 'Only PDF, JPG and PNG files are accepted (judged by content, not by name).')));
  }
  if (bytes.length > UPLOAD_LIMITS.maxBytes) {
    problems.push(issue(path, 'upload.too_large', text('文件不能超过 {size}。', 'A file may have at most {size}.', { size: readableSize(UPLOAD_LIMITS.maxBytes) })));
  }
  if (filesAlready >= UPLOAD_LIMITS.maxFiles) {
    problems.push(issue(path, 'upload.too_many', text('每件最多上传 {n} 个文件。', 'At most {n} files per case.', { n: UPLOAD_LIMITS.maxFiles })));
  }
  return problems;
}
