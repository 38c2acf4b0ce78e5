import { hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db, Trx } from '../../db/database.js';
import type { RequestContext } from '../../kernel/context.js';
import { errors, issue, text } from '../../kernel/errors/index.js';
import { newId } from '../../kernel/ids/ids.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { Item } from '../catalog/catalog.domain.js';
import type { CasesService } from './cases.service.js';
import type { CaseState } from './domain/lifecycle.js';
import { mimeOf, sniffUploadType, staffMayUpload, uploadIssues, type UploadType } from './domain/upload.js';
import { caseUploadsStore, type CaseUploadRow } from './cases-uploads.store.js';

/** What an upload is attached to; the caller has checked the actor may upload to it. */
export interface UploadTarget {
  caseId: string;
  centerId: string | null;
  /** The item's material names: an upload belongs to one of them. */
  materials: readonly string[];
  /** Runs in the upload's transaction: throws when the target no longer takes files (a draft purged or submitted meanwhile). */
  stillOpen?: (trx: Trx) => Promise<void>;
}

export interface UploadView {
  id: string;
  material: string;
  fileName: string;
  type: string;
  bytes: number;
  sha256: string;
  createdAt: string;
}

export function uploadView(row: CaseUploadRow): UploadView {
  return { id: row.id, material: row.material, fileName: row.file_name, type: row.type, bytes: row.bytes, sha256: row.sha256, createdAt: row.created_at };
}

/** A file name for display and Content-Disposition: no folders, no control characters, at most 120 characters. */
export function safeFileName(name: string, type: UploadType): string {
  const base = path.basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 120);
  return base || `file.${type}`;
}

/**
 * Uploaded materials (PDF / JPG / PNG, typed by content) of a case or an online draft. The bytes
 * are stored under `{dataDir}/uploads/{yyyymm}/{id}.{type}` — generated names, never the user's,
 * outside any served folder — written to a temporary name first and renamed in the transaction
 * that records the row, so a failure leaves neither a row without a file nor a stray file.
 */
export class CaseUploadsService {
  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly root: string,
    private readonly cases: CasesService,
    private readonly itemVersion: (itemId: string, version: number) => Promise<Item | null>,
  ) {}

  // ── staff: the files of a case (a window case's scans, an online case's uploads) ──
  /** Files of a case the actor may read (case.read in scope). */
  async listForStaff(ctx: RequestContext, caseId: string): Promise<UploadView[]> {
    await this.cases.get(ctx, caseId);
    return this.list(caseId);
  }

  /** A clerk adds a file to a case they work on (case.handle in scope), until it is final. */
  async addForStaff(ctx: RequestContext, caseId: string, input: { material: string; fileName: string; bytes: Buffer }): Promise<UploadView> {
    const row = await this.cases.getForWork(ctx, caseId);
    if (!staffMayUpload(row.state as CaseState)) {
      throw errors.rule('upload.case_final', text('办件已结束，不能再上传文件。', 'The case is closed; no more files can be added.'));
    }
    const item = await this.itemVersion(row.item_id, row.item_version);
    if (!item) throw errors.notFound('事项', `${row.item_id} v${row.item_version}`);
    return this.add(ctx, { caseId, centerId: row.center_id, materials: item.materials.map((m) => m.name) }, input);
  }

  async openForStaff(ctx: RequestContext, caseId: string, uploadId: string) {
    await this.cases.get(ctx, caseId);
    return this.open(caseId, uploadId);
  }

  async list(caseId: string): Promise<UploadView[]> {
    return (await caseUploadsStore.list(this.db, caseId)).map(uploadView);
  }

  async listOf(caseIds: readonly string[]): Promise<CaseUploadRow[]> {
    return caseUploadsStore.listOf(this.db, caseIds);
  }

  async add(ctx: RequestContext, target: UploadTarget, input: { material: string; fileName: string; bytes: Buffer }): Promise<UploadView> {
    const problems = uploadIssues(input.bytes, await caseUploadsStore.count(this.db, target.caseId));
    if (!target.materials.includes(input.material)) {
      problems.unshift(issue('/material', 'upload.material_unknown', text('“{name}”不是该事项的申请材料。', '"{name}" is not a material of this item.', { name: input.material })));
    }
    const type = sniffUploadType(input.bytes);
    if (problems.length > 0 || !type) throw errors.invalid(problems);
    const now = instantOf(ctx.clock);
    const id = newId(ctx.clock);
    const storedName = `${now.slice(0, 4)}${now.slice(5, 7)}/${id}.${type}`;
    const finalPath = path.join(this.root, storedName);
    const tempPath = path.join(this.root, `.incoming-${id}`);
    const row = {
      id,
      case_id: target.caseId,
      material: input.material,
      stored_name: storedName,
      type,
      bytes: input.bytes.length,
      sha256: hash('sha256', input.bytes, 'hex'),
      created_at: now,
      file_name: safeFileName(input.fileName, type),
    };
    await fs.promises.mkdir(path.dirname(finalPath), { recursive: true });
    await fs.promises.writeFile(tempPath, input.bytes, { flag: 'wx' });
    try {
      await this.uow.write(ctx, async (trx, audit) => {
        await target.stillOpen?.(trx);
        const again = uploadIssues(input.bytes, await caseUploadsStore.count(trx, target.caseId));
        if (again.length > 0) throw errors.invalid(again);
        await caseUploadsStore.insert(trx, row);
        await fs.promises.rename(tempPath, finalPath);
        await audit.record({ action: 'case.upload', entityType: 'case', entityId: target.caseId, centerId: target.centerId, after: { uploadId: id, material: row.material, type, bytes: row.bytes, sha256: row.sha256 } });
      });
    } catch (error) {
      await Promise.all([fs.promises.rm(tempPath, { force: true }), fs.promises.rm(finalPath, { force: true })]);
      throw error;
    }
    return uploadView({ ...row });
  }

  /** Removes a file (a draft's or a returned case's, by its owner); the bytes go after the commit. */
  async remove(ctx: RequestContext, target: UploadTarget, uploadId: string): Promise<void> {
    const row = await caseUploadsStore.find(this.db, target.caseId, uploadId);
    if (!row) throw errors.notFound('文件', uploadId);
    await this.uow.write(ctx, async (trx, audit) => {
      await target.stillOpen?.(trx);
      await caseUploadsStore.delete(trx, row.id);
      await audit.record({ action: 'case.upload_remove', entityType: 'case', entityId: target.caseId, centerId: target.centerId, before: { uploadId: row.id, material: row.material, sha256: row.sha256 } });
    });
    await fs.promises.rm(path.join(this.root, row.stored_name), { force: true });
  }

  /** Deletes the file records of a draft in the caller's transaction; returns a function that removes their bytes (call it after the commit). */
  async removeAllOf(trx: Trx, caseId: string): Promise<{ files: number; bytes: number; removeStored: () => Promise<void> }> {
    const rows = await caseUploadsStore.deleteAllOf(trx, caseId);
    return {
      files: rows.length,
      bytes: rows.reduce((n, r) => n + r.bytes, 0),
      removeStored: async () => {
        await Promise.all(rows.map((r) => fs.promises.rm(path.join(this.root, r.stored_name), { force: true })));
      },
    };
  }

  /** A file to send: its record, content type and bytes (the caller has checked access). */
  async open(caseId: string, uploadId: string): Promise<{ upload: UploadView; contentType: string; bytes: Buffer }> {
    const row = await caseUploadsStore.find(this.db, caseId, uploadId);
    if (!row) throw errors.notFound('文件', uploadId);
    const bytes = await fs.promises.readFile(path.join(this.root, row.stored_name));
    return { upload: uploadView(row), contentType: mimeOf(row.type as UploadType), bytes };
  }
}
