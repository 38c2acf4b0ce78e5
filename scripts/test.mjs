// `npm test`: type-checks, builds (the end-to-end tests drive the built server and web app),
// then runs the unit, integration and end-to-end projects. Exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const steps = [
  ['类型检查 typecheck', 'npm', ['run', 'typecheck']],
  ['构建 build', 'npm', ['run', 'build']],
  ['测试 tests (unit + integration + e2e)', 'npx', ['vitest', 'run', ...process.argv.slice(2)]],
];
for (const [label, command, args] of steps) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}
fs.writeFileSync(path.join(root, 'dist', '.build-stamp'), new Date().toISOString());
console.log('\n✓ all tests passed');
