#!/usr/bin/env node
// The `onewindow` command: runs the compiled CLI (npm run build makes dist/server).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const compiled = path.join(root, 'dist', 'server', 'cli', 'main.js');
if (!existsSync(compiled)) {
  console.error('OneWindow is not built yet: run `npm run build` in ' + root);
  process.exit(1);
}
await import(pathToFileURL(compiled).href);
