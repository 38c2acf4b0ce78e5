import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { completeIdNumber } from '../../src/kernel/validators/index.js';

export const APPLICANT_PASSWORD = 'Apply2026x';

/** A valid resident ID number for test person `n` (born 1990-01-01 in 330102, sequence by n). */
export const testIdNumber = (n: number) => completeIdNumber(`33010219900101${String(100 + n).padStart(3, '0')}`);

/** A signed-in portal applicant: keeps the applicant cookie and sends its CSRF token on writes. */
export class ApplicantSession {
  private constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrf: string,
    readonly me: Record<string, unknown>,
  ) {}

  static fromResponse(app: FastifyInstance, response: LightMyRequestResponse): ApplicantSession {
    if (response.statusCode !== 200) throw new Error(`applicant sign-in failed: ${response.body}`);
    const cookie = response.cookies.find((c) => c.name === 'ow_applicant');
    if (!cookie) throw new Error('no applicant cookie');
    const me = response.json();
    return new ApplicantSession(app, `ow_applicant=${cookie.value}`, me.csrfToken, me);
  }

  /** Registers person `n` (name, valid ID number, mobile phone) and returns the signed-in session. */
  static async registerPerson(app: FastifyInstance, n: number, name = '林小申'): Promise<ApplicantSession> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/portal/account/register',
      payload: { applicant: { type: 'person', name, idNumber: testIdNumber(n), phone: '13900001111' }, password: APPLICANT_PASSWORD },
    });
    return ApplicantSession.fromResponse(app, response);
  }

  request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  /** Uploads raw bytes as a material's file. */
  upload(applicationId: string, material: string, bytes: Buffer, fileName = 'scan.png'): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url: `/api/portal/applications/${applicationId}/uploads?material=${encodeURIComponent(material)}&fileName=${encodeURIComponent(fileName)}`,
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
  }
}

/** Small real files: a 1×1 PNG and a minimal PDF; and a Windows executable's first bytes. */
export const SAMPLE_FILES = {
  png: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
};
