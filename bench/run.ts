import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run()` returning JSON), prints the
 * results and writes them to bench/results/<timestamp>.json. Each benchmark measures its own
 * baseline in the same run, so the ratios are comparable across noisy machines.
 * `npm run bench -- calendar` runs only the benchmarks whose file name contains "calendar".
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();

const results: Record<string, unknown>[] = [];
for (const file of files) {
  process.stderr.write(`running ${file}…\n`);
  const module = (await import(path.join(here, file))) as { run: () => Promise<Record<string, unknown>> };
  results.push({ file, ...(await module.run()) });
}
const report = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', node: process.version },
  results,
};
const out = path.join(here, 'results');
fs.mkdirSync(out, { recursive: true });
const file = path.join(out, `bench-${report.at.replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(file, JSON.stringify(report, null, 2));
console.log(JSON.stringify(report, null, 2));
process.stderr.write(`written to ${path.relative(process.cwd(), file)}\n`);
