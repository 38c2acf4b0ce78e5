import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `onewindow import cases` as a user runs it: a child process on its own SQLite data folder. */
describe('onewindow import cases (CLI)', () => {
  let dir: string;
  const cli = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, ONEWINDOW_DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  const header = 'case_no,center,department,item_code,case_type,legal_days,promised_days,received_at,accepted_at,completed_at,result,suspended_days';

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-cli-import-'));
    expect(cli('seed-demo').code).toBe(0);
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a file (exit 0), and the same file again imports nothing', () => {
    const file = path.join(dir, 'ok.csv');
    fs.writeFileSync(file, `${header}\nC-1,示范县政务服务中心,示范县公安局,出生登记,即办件,20,0,2025-09-29 09:00,2025-09-29 09:05,2025-09-29 09:10,approved,0\n`);
    const first = cli('import', 'cases', file);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('导入 imported: 1');
    const again = cli('import', 'cases', file, '--quiet');
    expect(again.code).toBe(0);
    expect(again.out).toContain('导入 imported: 0  已存在 already present: 1');
  }, 120_000);

  it('refuses a file with bad rows with every problem and exit code 2', () => {
    const file = path.join(dir, 'bad.csv');
    fs.writeFileSync(file, `${header}\nC-2,示范县政务服务中心,示范县公安局,出生登记,即时件,20,0,2025-09-29 09:00,2025-09-29 09:05,2025-09-29 09:10,approved,0\nC-3,示范县政务服务中心,示范县公安局,出生登记,即办件,-1,0,2025-09-29,,,,0\n`);
    const result = cli('import', 'cases', file, '--quiet');
    expect(result.code).toBe(2);
    expect(result.err).toContain('case_import.invalid_rows');
    for (const where of ['row 2 case_type', 'row 3 legal_days', 'row 3 received_at']) expect(result.err).toContain(where);
  }, 120_000);

  it('refuses a missing or malformed file with exit code 2', () => {
    expect(cli('import', 'cases', path.join(dir, 'none.csv'), '--quiet').code).toBe(2);
    const broken = path.join(dir, 'broken.csv');
    fs.writeFileSync(broken, `${header}\n"C-4,unterminated\n`);
    const result = cli('import', 'cases', broken, '--quiet');
    expect(result.code).toBe(2);
    expect(result.err).toContain('case_import.malformed_file');
  }, 120_000);
});
