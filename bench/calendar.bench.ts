/**
 * Deadline computations per second: OneWindow's calendar against chinese-days' own working-day
 * functions, on the same random inputs in the same run, after checking that both give the same
 * deadline for every input.
 *
 * The input is what a case carries: an acceptance instant (ISO 8601 UTC) and a promised limit
 * of 1–60 working days. Ours: `caseDeadline` (validation, China time, the indexed calendar).
 * chinese-days: the China date of the instant, then `findWorkday(n, date)` — the n-th working
 * day after the date, the same rule (the start day not counted).
 *
 *   npx tsx bench/calendar.bench.ts      prints the JSON
 */
import { pathToFileURL } from 'node:url';
import chineseDays from 'chinese-days';
import { caseDeadline, chinaCalendar, type WorkCalendar } from '../src/kernel/calendar/index.js';

const TARGET_RATIO = 50;
const SAMPLES = 2_000;
const MIN_MS = 400;

interface Input {
  acceptedAt: string;
  promisedDays: number;
}

/** A small seeded PRNG (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inputs(count: number, seed = 20250930): Input[] {
  const next = random(seed);
  const from = Date.UTC(2008, 0, 1);
  const to = Date.UTC(2026, 6, 1);
  return Array.from({ length: count }, () => ({
    acceptedAt: new Date(from + Math.floor(next() * (to - from))).toISOString(),
    promisedDays: 1 + Math.floor(next() * 60),
  }));
}

function ours(calendar: WorkCalendar, input: Input): string {
  return caseDeadline(calendar, input).deadline;
}

function theirs(input: Input): string {
  const chinaDate = new Date(Date.parse(input.acceptedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
  return chineseDays.findWorkday(input.promisedDays, chinaDate);
}

/** Operations per second of `fn` over the inputs, repeated until at least MIN_MS have passed. */
function opsPerSecond(list: readonly Input[], fn: (input: Input) => string): number {
  let sink = 0;
  for (const input of list.slice(0, 200)) sink += fn(input).length; // warm up
  let ops = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (const input of list) sink += fn(input).length;
    ops += list.length;
    elapsed = performance.now() - started;
  } while (elapsed < MIN_MS);
  if (sink < 0) throw new Error('unreachable');
  return (ops / elapsed) * 1000;
}

export async function run(): Promise<Record<string, unknown>> {
  const calendar = chinaCalendar();
  const list = inputs(SAMPLES);

  const mismatches = list
    .map((input) => ({ input, ours: ours(calendar, input), chinese_days: theirs(input) }))
    .filter((r) => r.ours !== r.chinese_days);

  const oursOps = opsPerSecond(list, (input) => ours(calendar, input));
  const theirsOps = opsPerSecond(list, theirs);
  const ratio = oursOps / theirsOps;
  return {
    name: 'calendar',
    what: 'case deadlines (acceptance instant + 1–60 promised working days, 2008–2026) per second',
    samples: list.length,
    agree: mismatches.length === 0,
    mismatches: mismatches.slice(0, 5),
    ours_ops_per_sec: Math.round(oursOps),
    chinese_days_ops_per_sec: Math.round(theirsOps),
    ratio: Math.round(ratio * 10) / 10,
    target: TARGET_RATIO,
    pass: mismatches.length === 0 && ratio >= TARGET_RATIO,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await run(), null, 2));
}
