// Builds OneWindow (`npm run build`: the server into dist/server, the web app into dist/web) when
// the build is missing or older than the sources. Used by `npm start` and by the benchmarks that
// run the server as it is deployed (bench/support/server-process.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stamp = path.join(root, 'dist', '.build-stamp');

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds unless the last build is newer than every source; returns false when the build failed (its output went to this process's). */
export function buildIfStale() {
  const sourcesChanged = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'web')), fs.statSync(path.join(root, 'package.json')).mtimeMs);
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= sourcesChanged) return true;
  console.error('正在构建 OneWindow… Building OneWindow…');
  // The build's output goes to stderr: a benchmark's stdout is its JSON.
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
  if (result.status !== 0) return false;
  fs.writeFileSync(stamp, new Date().toISOString());
  return true;
}
