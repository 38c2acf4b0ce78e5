// `npm start`: builds OneWindow when the build is missing or older than the sources, then runs
// the server with the demo county on the embedded SQLite database (see README).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

if (!buildIfStale()) process.exit(1);
const server = spawnSync(process.execPath, [path.join(root, 'dist', 'server', 'cli', 'main.js'), 'serve', '--demo', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(server.status ?? 0);
