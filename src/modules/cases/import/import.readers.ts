import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError, text } from '../../../kernel/errors/index.js';
import type { ImportRecord } from './import.domain.js';

/**
 * The readers of an import file, all streaming (a million rows never sit in memory): CSV
 * (UTF-8, with or without BOM, header row), xlsx (the first worksheet, header row) and JSON Lines
 * (one object per line, keys as the column names). Each yields the header (for JSON Lines: each
 * line's keys) and the rows as text, numbered as the user sees them (row 1 is the header of a
 * sheet; line 1 is the first line of a JSON Lines file).
 */

export type ImportFormat = 'csv' | 'xlsx' | 'jsonl';

export type SourceRow =
  | { kind: 'header'; row: number; headers: string[] }
  | { kind: 'row'; row: number; record: ImportRecord }
  | { kind: 'broken'; row: number; column: string; message: ReturnType<typeof text> };

export interface ImportSource {
  format: ImportFormat;
  size: number;
  bytesRead(): number;
  /** The file's sha256 (hex). */
  sha256(): Promise<string>;
  rows(): AsyncIterable<SourceRow>;
}

const malformed = (zh: string, en: string, params: Record<string, unknown> = {}) => new AppError('invalid', 'case_import.malformed_file', text(zh, en, params));

export function formatOf(file: string): ImportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  throw malformed('不支持的文件类型“{ext}”：请使用 .csv、.xlsx 或 .jsonl。', 'Unsupported file type "{ext}": use .csv, .xlsx or .jsonl.', { ext: ext || file });
}

/** Refuses a text file that is not UTF-8 (a GBK export from an old system, say) before reading it. */
function checkUtf8(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(65_536);
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    // Cut at the last complete character so a multi-byte sequence split by the buffer passes.
    let end = n;
    while (end > 0 && n === buffer.length && (buffer[end - 1]! & 0xc0) === 0x80) end--;
    if (end > 0 && n === buffer.length && buffer[end - 1]! >= 0xc0) end--;
    new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, end));
  } catch (error) {
    if (error instanceof TypeError) throw malformed('文件不是 UTF-8 编码（可能是 GBK）：请另存为 UTF-8 后再导入。', 'The file is not UTF-8 (GBK, perhaps): save it as UTF-8 and import again.');
    throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** Opens an import file; throws `invalid` for a missing file or an unsupported type. */
export function openImportSource(file: string): ImportSource {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw malformed('找不到文件 {file}。', 'No such file: {file}.', { file });
  const format = formatOf(file);
  if (format !== 'xlsx') checkUtf8(file);
  const size = fs.statSync(file).size;
  let read = 0;
  const stream = () => {
    read = 0;
    const s = fs.createReadStream(file, { highWaterMark: 1 << 20 });
    s.on('data', (chunk) => (read += chunk.length));
    return s;
  };
  const rows = { csv: csvRows, xlsx: xlsxRows, jsonl: jsonlRows }[format];
  return { format, size, bytesRead: () => read, sha256: () => sha256Of(file), rows: () => rows(stream()) };
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function* csvRows(input: fs.ReadStream): AsyncIterable<SourceRow> {
  // Rows are numbered as a spreadsheet shows the file: the header is row 1, the n-th record row n + 1.
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  let headers: string[] | null = null;
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      if (headers === null) {
        headers = record.map((h) => h.trim());
        yield { kind: 'header', row, headers };
        continue;
      }
      if (record.length > headers.length && record.slice(headers.length).some((v) => v.trim() !== '')) {
        yield { kind: 'broken', row, column: '', message: text('这一行有 {n} 列，比表头多。', 'This row has {n} columns, more than the header.', { n: record.length }) };
        continue;
      }
      const out: Record<string, string> = {};
      for (let i = 0; i < headers.length; i++) out[headers[i]!] = record[i] ?? '';
      yield { kind: 'row', row, record: out };
    }
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string };
    if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
      throw malformed('CSV 文件格式错误（第 {line} 行附近）：{reason}', 'Malformed CSV file (near line {line}): {reason}', { line: e.lines ?? '?', reason: e.message ?? e.code });
    }
    throw error;
  }
  if (headers === null) throw malformed('文件是空的：第一行应为表头。', 'The file is empty: the first line is the header.');
}

/** The text of an xlsx cell: a date cell (no time zone in Excel) becomes a local time, i.e. China time. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 23);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}

async function* xlsxRows(input: fs.ReadStream): AsyncIterable<SourceRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let headers: string[] | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]).slice(1).map(cellText);
        if (headers === null) {
          headers = values.map((h) => h.trim());
          yield { kind: 'header', row: row.number, headers };
          continue;
        }
        if (values.every((v) => v.trim() === '')) continue;
        const out: Record<string, string> = {};
        for (let i = 0; i < headers.length; i++) out[headers[i]!] = values[i] ?? '';
        yield { kind: 'row', row: row.number, record: out };
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformed('无法读取 xlsx 文件：{reason}', 'Cannot read the xlsx file: {reason}', { reason: error instanceof Error ? error.message : String(error) });
  }
  if (headers === null) throw malformed('工作表是空的：第一行应为表头。', 'The worksheet is empty: the first row is the header.');
}

async function* jsonlRows(input: fs.ReadStream): AsyncIterable<SourceRow> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let any = false;
  for await (const raw of lines) {
    line++;
    const textLine = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (textLine.trim() === '') continue;
    any = true;
    let value: unknown;
    try {
      value = JSON.parse(textLine);
    } catch {
      yield { kind: 'broken', row: line, column: '', message: text('这一行不是有效的 JSON。', 'This line is not valid JSON.') };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { kind: 'broken', row: line, column: '', message: text('每行应为一个 JSON 对象。', 'Each line must be one JSON object.') };
      continue;
    }
    const record: Record<string, string> = {};
    for (const [k, v] of Object.entries(value)) record[k] = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    yield { kind: 'header', row: line, headers: Object.keys(record) };
    yield { kind: 'row', row: line, record };
  }
  if (!any) throw malformed('文件是空的：每行应为一个 JSON 对象。', 'The file is empty: one JSON object per line.');
}
