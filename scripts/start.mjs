// `npm start`: builds OneWindow when the build is missing or older than the sources, then runs
// the server with the demo county on the embedded SQLite database (see README).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stamp = path.join(root, 'dist', '.build-stamp');

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const sourcesChanged = Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'web')), fs.statSync(path.join(root, 'package.json')).mtimeMs);
const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (built < sourcesChanged) {
  console.log('正在构建 OneWindow… Building OneWindow…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}
const server = spawnSync(process.execPath, [path.join(root, 'dist', 'server', 'cli', 'main.js'), 'serve', '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(server.status ?? 0);
