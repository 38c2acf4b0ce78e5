import { describe, expect, it } from 'vitest';
import { applicantMayUpload, sniffUploadType, staffMayUpload, uploadIssues, UPLOAD_LIMITS } from './upload.js';
import { CASE_STATES, FINAL_STATES } from './lifecycle.js';

const pdf = Buffer.from('%PDF-1.7\n...');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);

describe('uploads', () => {
  it('may be changed by the applicant only on a draft or a returned case', () => {
    expect(['draft', 'correction'].map(applicantMayUpload)).toEqual([true, true]);
    expect(['submitted', 'received', 'accepted'].map(applicantMayUpload)).toEqual([false, false, false]);
  });

  it('may be added by staff until the case is final', () => {
    expect(CASE_STATES.filter((state) => !staffMayUpload(state))).toEqual([...FINAL_STATES].sort((a, b) => CASE_STATES.indexOf(a) - CASE_STATES.indexOf(b)));
    expect(staffMayUpload('received')).toBe(true);
    expect(staffMayUpload('delivered')).toBe(false);
  });

  it('are typed by content', () => {
    expect([pdf, png, jpg].map(sniffUploadType)).toEqual(['pdf', 'png', 'jpg']);
    expect(sniffUploadType(Buffer.from('MZ\x90\x00 an exe renamed to .pdf'))).toBeNull();
    expect(sniffUploadType(Buffer.from('<html>'))).toBeNull();
  });
  it('report type, size and count at once', () => {
    expect(uploadIssues(pdf, 0)).toEqual([]);
    const big = Buffer.alloc(UPLOAD_LIMITS.maxBytes + 1);
    expect(uploadIssues(big, UPLOAD_LIMITS.maxFiles).map((i) => i.code)).toEqual(['upload.type', 'upload.too_large', 'upload.too_many']);
    expect(uploadIssues(big, 0).find((i) => i.code === 'upload.too_large')?.message['zh-CN']).toBe('文件不能超过 10 MB。');
    expect(uploadIssues(Buffer.alloc(0), 0).map((i) => i.code)).toEqual(['upload.empty']);
  });
});
