import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApplicantSession, SAMPLE_FILES, testIdNumber } from '../../../test/support/applicant-session.js';
import { describeEachDialect } from '../../../test/support/databases.js';
import { Session, startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { systemActor } from '../../kernel/context.js';
import { errors, text } from '../../kernel/errors/index.js';
import { onlineStore } from './cases-online.store.js';
import { draftsAbandonedBefore } from './domain/draft-retention.js';
import { UPLOAD_LIMITS } from './domain/upload.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-online-'));
process.env.ONEWINDOW_DATA_DIR = dataDir;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface Slot { name: string; requirement: string; uploads: { id: string }[] }

describeEachDialect('online application over HTTP', (use, dialect) => {
  let t: TestApp;
  let citizen: ApplicantSession;
  let clerk: Session;
  let food: { id: string; materials: string[] };
  const n = dialect === 'sqlite' ? 1 : 11;

  beforeAll(async () => {
    t = await startTestApp(use(), '2025-09-29T02:00:00.000Z');
    clerk = await Session.signIn(t.app, 'clerk.market');
    const found = (await t.app.inject({ method: 'GET', url: `/api/public/items?q=${encodeURIComponent('食品经营许可')}` })).json().items[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/public/items/${found.id}` })).json();
    food = { id: found.id, materials: detail.item.materials.filter((m: { requirement: string }) => m.requirement === 'required').map((m: { name: string }) => m.name) };
    citizen = await ApplicantSession.registerPerson(t.app, n);
  });

  const startDraft = async (who: ApplicantSession) => {
    const response = await who.request('POST', '/api/portal/applications', { itemId: food.id });
    expect(response.statusCode).toBe(200);
    return response.json() as { id: string; state: string; materials: Slot[]; applicant: { name: string }; uploadLimits: unknown };
  };
  const uploadAllRequired = async (who: ApplicantSession, id: string) => {
    for (const [i, material] of food.materials.entries()) {
      const response = await who.upload(id, material, i % 2 ? SAMPLE_FILES.pdf : SAMPLE_FILES.png, i % 2 ? '申请书.pdf' : 'licence.png');
      expect(response.statusCode, response.body).toBe(200);
    }
  };

  it('runs draft → uploads → submit (twice, one case) → pre-review pass → received with a case number', async () => {
    const draft = await startDraft(citizen);
    expect(draft.state).toBe('draft');
    expect(draft.applicant.name).toBe('林小申');
    // The limits the portal checks a file against before sending it, and tells the applicant.
    expect(draft.uploadLimits).toEqual({ maxFileBytes: UPLOAD_LIMITS.maxBytes, maxFiles: UPLOAD_LIMITS.maxFiles });
    expect(draft.materials.some((m) => m.requirement === 'required')).toBe(true);

    const exe = await citizen.upload(draft.id, food.materials[0]!, SAMPLE_FILES.exe, '申请书.pdf');
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual(['upload.type']);
    const big = await citizen.upload(draft.id, food.materials[0]!, Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(UPLOAD_LIMITS.maxBytes)]));
    expect(big.statusCode).toBe(400);
    expect(big.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual(['upload.too_large']);
    // Far over the limit: refused before the body is read, still naming the limit.
    const huge = await citizen.upload(draft.id, food.materials[0]!, Buffer.concat([SAMPLE_FILES.png, Buffer.alloc(2 * UPLOAD_LIMITS.maxBytes)]));
    expect([huge.statusCode, huge.json().error.code, huge.json().error.details.limitBytes]).toEqual([413, 'body_too_large', UPLOAD_LIMITS.maxBytes]);
    expect(huge.json().error.message).toContain('10 MB');
    const unknown = await citizen.upload(draft.id, '不存在的材料', SAMPLE_FILES.png);
    expect(unknown.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(['/material']);
    // Not the file itself (JSON, a multipart form): 415, saying how to send it.
    const uploadUrl = `/api/portal/applications/${draft.id}/uploads?material=${encodeURIComponent(food.materials[0]!)}&fileName=a.png`;
    const asJson = await citizen.request('POST', uploadUrl, { file: 'x' });
    const asForm = await citizen.request('POST', uploadUrl, '--b\r\n\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' });
    expect([asJson.statusCode, asJson.json().error.code, asForm.statusCode, asForm.json().error.code]).toEqual([415, 'upload.not_raw', 415, 'upload.not_raw']);
    expect(asForm.json().error.message).toContain('application/octet-stream');

    const early = await citizen.request('POST', `/api/portal/applications/${draft.id}/submit`, { idempotencyKey: 'submit-early-1' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.issues.length).toBe(food.materials.length);

    await uploadAllRequired(citizen, draft.id);
    const files = fs.readdirSync(path.join(dataDir, 'uploads'), { recursive: true }).map(String);
    expect(files.some((f) => f.includes('licence') || f.includes('申请书'))).toBe(false);
    expect(files.some((f) => f.includes('.incoming-'))).toBe(false);

    const submit = () => citizen.request('POST', `/api/portal/applications/${draft.id}/submit`, { idempotencyKey: `submit-${draft.id}` });
    const first = await submit();
    expect(first.statusCode, first.body).toBe(200);
    const casesBefore = (await clerk.get('/api/cases?state=submitted')).json().items.length;
    const second = await submit();
    expect(second.json().caseNo).toBe(first.json().caseNo);
    expect((await clerk.get('/api/cases?state=submitted')).json().items.length).toBe(casesBefore);
    expect(first.json().state).toBe('submitted');
    expect((await citizen.upload(draft.id, food.materials[0]!, SAMPLE_FILES.png)).statusCode).toBe(422);

    const queue = (await clerk.get('/api/online/pre-review')).json().items;
    const queued = queue.find((c: { id: string }) => c.id === draft.id);
    expect(queued.uploads).toHaveLength(food.materials.length);

    const png = queued.uploads.find((u: { type: string }) => u.type === 'png');
    const file = await clerk.get(`/api/cases/${draft.id}/uploads/${png.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(String(file.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(file.rawPayload.equals(SAMPLE_FILES.png)).toBe(true);

    const police = await Session.signIn(t.app, 'clerk.police');
    expect((await police.post(`/api/cases/${draft.id}/pre-review`, { version: queued.version, outcome: 'pass' })).statusCode).toBe(403);
    expect((await police.get(`/api/cases/${draft.id}/uploads/${queued.uploads[0].id}`)).statusCode).toBe(403);

    const passed = await clerk.post(`/api/cases/${draft.id}/pre-review`, { version: queued.version, outcome: 'pass' });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json().state).toBe('received');
    expect(passed.json().receivedAt).toBe('2025-09-29T02:00:00.000Z');

    const mine = (await citizen.request('GET', '/api/portal/applications')).json().items;
    expect(mine.find((a: { id: string }) => a.id === draft.id)).toMatchObject({ state: 'received', caseNo: first.json().caseNo, queryCode: expect.any(String) });

    // The normal intake follows with the existing act endpoint; the expected completion date appears.
    const accepted = await clerk.post(`/api/cases/${draft.id}/actions`, { version: passed.json().version, action: { type: 'accept' } });
    expect(accepted.statusCode).toBe(200);
    const after = (await citizen.request('GET', `/api/portal/applications/${draft.id}`)).json();
    expect(after.expectedCompletion).toBe(accepted.json().clock.deadline);
  });

  it('keeps applications private: another applicant can neither see nor download them', async () => {
    const draft = await startDraft(citizen);
    const uploaded = (await citizen.upload(draft.id, food.materials[0]!, SAMPLE_FILES.pdf, 'a.pdf')).json();
    const other = await ApplicantSession.registerPerson(t.app, n + 2, '王其他');
    expect((await other.request('GET', `/api/portal/applications/${draft.id}`)).statusCode).toBe(404);
    expect((await other.request('GET', `/api/portal/applications/${draft.id}/uploads/${uploaded.id}`)).statusCode).toBe(404);
    expect((await other.upload(draft.id, food.materials[0]!, SAMPLE_FILES.png)).statusCode).toBe(404);
    expect((await other.request('GET', '/api/portal/applications')).json().items).toEqual([]);
    const own = await citizen.request('GET', `/api/portal/applications/${draft.id}/uploads/${uploaded.id}`);
    expect(own.headers['content-type']).toBe('application/pdf');
  });

  it('keeps the identity of the account on its applications, and a submission key to one application', async () => {
    const draft = await startDraft(citizen);
    const own = (await citizen.request('GET', `/api/portal/applications/${draft.id}`)).json().applicant;
    const someoneElse = await citizen.request('PUT', `/api/portal/applications/${draft.id}`, { applicant: { ...own, name: '冒名', idNumber: testIdNumber(n + 50) } });
    expect(someoneElse.statusCode).toBe(400);
    expect(someoneElse.json().error.details.issues.map((i: { path: string; code: string }) => `${i.path} ${i.code}`)).toEqual(['/applicant/name online.identity_fixed', '/applicant/idNumber online.identity_fixed']);
    expect((await citizen.request('GET', `/api/portal/applications/${draft.id}`)).json().applicant.name).toBe(own.name);
    const newPhone = await citizen.request('PUT', `/api/portal/applications/${draft.id}`, { applicant: { ...own, phone: '13700002222' } });
    expect([newPhone.statusCode, newPhone.json().applicant.phone]).toEqual([200, '13700002222']);

    await uploadAllRequired(citizen, draft.id);
    const key = `shared-key-${draft.id}`;
    expect((await citizen.request('POST', `/api/portal/applications/${draft.id}/submit`, { idempotencyKey: key })).json().state).toBe('submitted');
    const other = await startDraft(citizen);
    await uploadAllRequired(citizen, other.id);
    const reused = await citizen.request('POST', `/api/portal/applications/${other.id}/submit`, { idempotencyKey: key });
    expect([reused.statusCode, reused.json().error.code]).toEqual([409, 'online.key_reused']);
    expect((await citizen.request('GET', `/api/portal/applications/${other.id}`)).json().state).toBe('draft');
  });

  it('returns an application listing every problem; the applicant replaces a file and resubmits', async () => {
    const draft = await startDraft(citizen);
    await uploadAllRequired(citizen, draft.id);
    const submitted = (await citizen.request('POST', `/api/portal/applications/${draft.id}/submit`, { idempotencyKey: `k-${draft.id}` })).json();
    expect((await clerk.post(`/api/cases/${draft.id}/pre-review`, { version: submitted.version, outcome: 'return', problems: [] })).statusCode).toBe(400);
    const passWithProblems = await clerk.post(`/api/cases/${draft.id}/pre-review`, { version: submitted.version, outcome: 'pass', problems: [{ material: food.materials[0], problem: '扫描件模糊' }] });
    expect([passWithProblems.statusCode, passWithProblems.json().error.details.issues[0].code]).toEqual([400, 'online.pass_with_problems']);
    const returned = await clerk.post(`/api/cases/${draft.id}/pre-review`, {
      version: submitted.version,
      outcome: 'return',
      problems: [{ material: food.materials[0], problem: '扫描件模糊' }, { material: food.materials[1], problem: '缺少签字' }],
    });
    expect(returned.json().state).toBe('correction');
    const view = (await citizen.request('GET', `/api/portal/applications/${draft.id}`)).json();
    expect(view.returned.problems).toHaveLength(2);
    const old = view.materials.find((m: Slot) => m.name === food.materials[0]).uploads[0].id;
    expect((await citizen.request('DELETE', `/api/portal/applications/${draft.id}/uploads/${old}`)).statusCode).toBe(200);
    expect((await citizen.upload(draft.id, food.materials[0]!, SAMPLE_FILES.pdf, 'clear.pdf')).statusCode).toBe(200);
    const again = await citizen.request('POST', `/api/portal/applications/${draft.id}/resubmit`, { version: view.version });
    expect(again.json().state).toBe('received');
  });

  it('limits files per case, refuses items not offered online, and lets a clerk add a scan to a window case', async () => {
    const draft = await startDraft(citizen);
    for (let i = 0; i < UPLOAD_LIMITS.maxFiles; i++) expect((await citizen.upload(draft.id, food.materials[0]!, SAMPLE_FILES.png)).statusCode).toBe(200);
    const tooMany = await citizen.upload(draft.id, food.materials[0]!, SAMPLE_FILES.png);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.details.issues.map((i: { code: string }) => i.code)).toEqual(['upload.too_many']);

    const all = (await t.app.inject({ method: 'GET', url: '/api/public/items?pageSize=100' })).json().items as { id: string; channels?: string[] }[];
    const details = await Promise.all(all.map(async (i) => (await t.app.inject({ method: 'GET', url: `/api/public/items/${i.id}` })).json()));
    const windowOnly = details.find((d) => !d.item.channels.includes('online'));
    expect(windowOnly).toBeDefined();
    expect((await citizen.request('POST', '/api/portal/applications', { itemId: windowOnly!.item.id })).statusCode).toBe(422);

    const windowCase = (
      await clerk.post('/api/cases', {
        itemId: food.id,
        channel: 'window',
        applicant: { type: 'person', name: '张小三', idNumber: testIdNumber(n + 3), phone: '13800001234' },
        materials: [],
        idempotencyKey: `window-${Date.now()}-${n}`,
      })
    ).json();
    const scan = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${windowCase.id}/uploads?material=${encodeURIComponent(food.materials[0]!)}&fileName=scan.jpg`,
      headers: { cookie: clerk.cookie, 'x-csrf-token': clerk.csrf, 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
    });
    expect(scan.statusCode, scan.body).toBe(200);
    expect(scan.json().type).toBe('jpg');
    expect((await clerk.get(`/api/cases/${windowCase.id}/uploads`)).json().items).toHaveLength(1);
  });

  it('deletes drafts untouched for 90 days with their files; a recent file, or a submission, keeps an application', async () => {
    const { db } = t.database;
    const day = 86_400_000;
    const t0 = t.clock.now().getTime();
    const storedPath = async (draftId: string) => {
      const row = await db.selectFrom('case_uploads').select('stored_name').where('case_id', '=', draftId).executeTakeFirstOrThrow();
      return path.join(dataDir, 'uploads', row.stored_name);
    };
    const idle = await startDraft(citizen);
    await citizen.upload(idle.id, food.materials[0]!, SAMPLE_FILES.pdf, 'old.pdf');
    const idleFile = await storedPath(idle.id);
    const recentFile = await startDraft(citizen);
    await citizen.upload(recentFile.id, food.materials[0]!, SAMPLE_FILES.png, 'new.png');
    // The draft's fields were last changed at t0, but a file came 60 days later.
    await db.updateTable('case_uploads').set({ created_at: new Date(t0 + 60 * day).toISOString() }).where('case_id', '=', recentFile.id).execute();
    const applications = async () => (await citizen.request('GET', '/api/portal/applications')).json().items.map((a: { id: string }) => a.id) as string[];
    const submittedBefore = (await db.selectFrom('online_applications').select('id').where('state', '!=', 'draft').execute()).map((r) => r.id);
    expect(submittedBefore.length).toBeGreaterThan(0);

    expect(await t.services.online.purgeAbandonedDrafts(new Date(t0 + 89 * day))).toBe(0);
    expect(await applications()).toEqual(expect.arrayContaining([idle.id, recentFile.id]));

    const purged = await t.services.online.purgeAbandonedDrafts(new Date(t0 + 91 * day));
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = await applications();
    expect(left).not.toContain(idle.id);
    expect(left).toEqual(expect.arrayContaining([recentFile.id, ...submittedBefore]));
    expect(fs.existsSync(idleFile)).toBe(false);
    expect(fs.existsSync(await storedPath(recentFile.id))).toBe(true);
    expect(await db.selectFrom('case_uploads').select('id').where('case_id', '=', idle.id).execute()).toEqual([]);
    const audit = (await Session.signIn(t.app, 'admin').then((admin) => admin.get(`/api/audit/events?entityType=online_application&entityId=${idle.id}`))).json().items;
    expect(audit[0]).toMatchObject({ action: 'online.draft_purge', actorName: '系统（草稿清理）' });
    expect(await t.services.online.purgeAbandonedDrafts(new Date(t0 + 91 * day))).toBe(0);
    // A file that came after the draft was picked (between the job's query and its transaction) keeps it too.
    const draftRow = (await db.selectFrom('online_applications').selectAll().where('id', '=', recentFile.id).executeTakeFirstOrThrow());
    expect(await onlineStore.deleteAbandonedDraft(db, draftRow.id, draftRow.version, draftsAbandonedBefore(new Date(t0 + 91 * day)))).toBe(false);
    expect(await onlineStore.deleteAbandonedDraft(db, draftRow.id, draftRow.version, draftsAbandonedBefore(new Date(t0 + 200 * day)))).toBe(true);

    // An upload that checked the draft before the purge deleted it: its transaction finds the
    // draft gone (touchDraft), and neither a row nor a file is left behind.
    const now = t.clock.now().toISOString();
    expect(await onlineStore.touchDraft(db, idle.id, now)).toBe(false);
    expect(await onlineStore.touchDraft(db, submittedBefore[0]!, now)).toBe(false);
    const ctx = { actor: { ...systemActor, id: 'test' }, clock: t.clock, locale: 'zh-CN' as const, requestId: 'test:late-upload' };
    const files = () => fs.readdirSync(path.join(dataDir, 'uploads'), { recursive: true }).length;
    const filesBefore = files();
    const late = t.services.caseUploads.add(
      ctx,
      {
        caseId: idle.id,
        centerId: null,
        materials: [food.materials[0]!],
        stillOpen: async (trx) => {
          if (!(await onlineStore.touchDraft(trx, idle.id, now))) throw errors.conflict('online.draft_gone', text('草稿已不在。', 'The draft is gone.'));
        },
      },
      { material: food.materials[0]!, fileName: 'late.pdf', bytes: SAMPLE_FILES.pdf },
    );
    await expect(late).rejects.toMatchObject({ code: 'online.draft_gone' });
    expect(await db.selectFrom('case_uploads').select('id').where('case_id', '=', idle.id).execute()).toEqual([]);
    expect(files()).toBe(filesBefore);
  });
});
