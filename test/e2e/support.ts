import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * End-to-end support: the built server (dist/server) with the built web app (dist/web) on a
 * fresh SQLite database seeded with the demo county, driven by headless Chromium.
 * Nothing is built here: run `npm run build` first.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'e2e');
export const DEMO_PASSWORD = 'Window2026';
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;

const SERVER_MAIN = path.join(ROOT, 'dist', 'server', 'cli', 'main.js');
const WEB_INDEX = path.join(ROOT, 'dist', 'web', 'index.html');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function assertBuilt(): void {
  const missing = [SERVER_MAIN, WEB_INDEX].filter((file) => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `End-to-end tests need the built app; missing: ${missing.map((f) => path.relative(ROOT, f)).join(', ')}. ` +
        'Run `npm run build` (build:server and build:web) first.',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A signed-in API client (cookie and CSRF token), for arranging data behind the browser's back. */
export interface ApiClient {
  call<T = unknown>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

async function signInApi(baseUrl: string, username: string, password: string): Promise<ApiClient> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`API sign-in as ${username} failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async call<T>(method: string, path: string, body?: unknown) {
      const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

export interface E2E {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) with one page. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  /** Signs in through the login page and waits for the console. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /** The API signed in as a demo account. */
  api(username: string, password?: string): Promise<ApiClient>;
  /** Saves test-results/e2e/<name>.png. */
  screenshot(page: Page, name: string, fullPage?: boolean): Promise<string>;
  /** After a failed test: every open page as test-results/e2e/failed-<name>-<n>.png, and the server's last output beside them. */
  keepFailure(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server on a free port with a fresh data folder, and Chromium. Call close() in afterAll. */
export async function startE2E(): Promise<E2E> {
  assertBuilt();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, ONEWINDOW_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.PORT;

  const child = spawn(process.execPath, [SERVER_MAIN, 'serve', '--demo', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const contexts: BrowserContext[] = [];
  let browser: Browser | undefined;
  const close = async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => log);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    await close();
    throw error;
  }
  const launched = browser;

  return {
    baseUrl,
    browser: launched,
    async newPage(viewport = DESKTOP) {
      const context = await launched.newContext({ baseURL: baseUrl, viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
      contexts.push(context);
      return context.newPage();
    },
    async signIn(page, username, password = DEMO_PASSWORD) {
      await page.goto('/console/login');
      await page.getByLabel('用户名', { exact: true }).fill(username);
      await page.getByLabel('密码', { exact: true }).fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('user-menu').waitFor();
    },
    api: (username, password = DEMO_PASSWORD) => signInApi(baseUrl, username, password),
    async screenshot(page, name, fullPage = true) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage });
      return file;
    },
    async keepFailure(name) {
      const slug = name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
      const pages = contexts.flatMap((context) => context.pages());
      for (const [n, page] of pages.entries()) {
        await page.screenshot({ path: path.join(SCREENSHOTS, `failed-${slug}-${n + 1}.png`), fullPage: true }).catch(() => undefined);
      }
      fs.writeFileSync(path.join(SCREENSHOTS, `failed-${slug}-server.log`), log);
    },
    close,
  };
}
