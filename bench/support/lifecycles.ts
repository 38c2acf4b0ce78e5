import net from 'node:net';
import { DEMO_PASSWORD } from '../../src/demo/demo-org.js';
import { completeIdNumber } from '../../src/kernel/validators/index.js';

/** A signed-in staff member: session cookie and CSRF token. */
interface Staff {
  cookie: string;
  csrf: string;
}

interface Reply {
  status: number;
  body: string;
}

/**
 * One keep-alive HTTP/1.1 connection on a raw socket, one request at a time: far cheaper on CPU
 * than node:http's client (the load generator shares the machine with the server it measures).
 * Answers must carry Content-Length, as Fastify's JSON answers do.
 */
class Connection {
  private readonly socket: net.Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve: (reply: Reply) => void; reject: (error: Error) => void } | null = null;

  constructor(private readonly url: URL) {
    this.socket = net.connect(Number(url.port), url.hostname);
    this.socket.setNoDelay(true);
    this.socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.parse();
    });
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('connection closed')));
  }

  request(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply & { headers: string }> {
    if (this.pending) throw new Error('one request at a time');
    const payload = body === undefined ? '' : JSON.stringify(body);
    let head = `${method} ${path} HTTP/1.1\r\nhost: ${this.url.host}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    if (body !== undefined) head += `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(payload)}\r\n`;
    return new Promise((resolve, reject) => {
      this.pending = { resolve: resolve as (reply: Reply) => void, reject };
      this.socket.write(`${head}\r\n${payload}`);
    });
  }

  private parse(): void {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.pending) return;
    const headers = this.buffer.toString('latin1', 0, end);
    const length = /\r\ncontent-length: *(\d+)/i.exec(headers);
    if (!length) return this.fail(new Error(`an answer without content-length: ${headers.slice(0, 200)}`));
    const total = end + 4 + Number(length[1]);
    if (this.buffer.length < total) return;
    const reply = { status: Number(headers.slice(9, 12)), headers, body: this.buffer.toString('utf8', end + 4, total) };
    this.buffer = this.buffer.subarray(total);
    const pending = this.pending;
    this.pending = null;
    pending.resolve(reply);
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** Signs a staff member in on a connection: the session cookie and the CSRF token. */
async function signIn(connection: Connection, username: string): Promise<Staff> {
  const login = await connection.request('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
  if (login.status !== 200) throw new Error(`sign-in of ${username}: HTTP ${login.status}`);
  const cookie = /\r\nset-cookie: *(ow_session=[^;\r]+)/i.exec(login.headers)?.[1];
  if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
  const me = await connection.request('GET', '/api/auth/me', undefined, { cookie });
  return { cookie, csrf: (JSON.parse(me.body) as { csrfToken: string }).csrfToken };
}

export interface LifecycleOptions {
  address: string;
  /** Lifecycles driven at once (= HTTP connections). */
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
  /** What each write answers with: the full case with its timeline, or the compact case. */
  view: 'full' | 'compact';
  /** Called when the measured window opens (after the warm-up). */
  onMeasureStart?: () => void;
}

export interface LifecycleResult {
  transitions_per_second: number;
  lifecycles_per_second: number;
  transitions: number;
  lifecycles: number;
  errors: number;
  first_error: string | null;
  p50_ms: number;
  p99_ms: number;
}

/** Runs of driveLifecycles in this process so far: each run's idempotency keys are its own. */
let runs = 0;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : 0);

/**
 * Drives complete case lifecycles over HTTP — receive and accept (clerk), review (reviewer),
 * approve (approver), complete (clerk) — with `concurrency` lifecycles in flight, and counts the
 * successful transitions and finished lifecycles in the measured window (after a warm-up).
 */
export async function driveLifecycles(options: LifecycleOptions): Promise<LifecycleResult> {
  const url = new URL(options.address);
  const connections = Array.from({ length: options.concurrency }, () => new Connection(url));
  const setup = connections[0]!;
  const [clerk, reviewer, approver] = [await signIn(setup, 'clerk.market'), await signIn(setup, 'reviewer.market'), await signIn(setup, 'approver.market')];
  const items = JSON.parse((await setup.request('GET', `/api/public/items?q=${encodeURIComponent('食品经营许可')}`, undefined)).body) as { items: { id: string }[] };
  const itemId = items.items[0]!.id;
  const detail = JSON.parse((await setup.request('GET', `/api/public/items/${itemId}`, undefined)).body) as { item: { materials: { name: string }[] } };
  const materials = detail.item.materials.map((m) => ({ name: m.name, status: 'received', originals: 1, copies: 1 }));
  const idNumber = completeIdNumber('33010219900101123');
  const view = `?view=${options.view}`;
  const run = ++runs;

  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const stopAt = measureFrom + options.seconds * 1000;
  let transitions = 0;
  let lifecycles = 0;
  let errors = 0;
  let firstError: string | null = null;
  let serial = 0;
  const latencies: number[] = [];

  const post = async (connection: Connection, who: Staff, path: string, body: unknown): Promise<{ id: string; version: number } | null> => {
    const sent = performance.now();
    const reply = await connection.request('POST', path, body, { cookie: who.cookie, 'x-csrf-token': who.csrf });
    const done = performance.now();
    if (reply.status !== 200) {
      errors++;
      firstError ??= `${path}: HTTP ${reply.status} ${reply.body.slice(0, 300)}`;
      return null;
    }
    if (done >= measureFrom && done <= stopAt) {
      transitions++;
      latencies.push(done - sent);
    }
    return JSON.parse(reply.body) as { id: string; version: number };
  };
  const act = (connection: Connection, who: Staff, c: { id: string; version: number }, action: Record<string, unknown>) =>
    post(connection, who, `/api/cases/${c.id}/actions${view}`, { version: c.version, action });

  const opened = setTimeout(() => options.onMeasureStart?.(), measureFrom - performance.now());
  const worker = async (n: number) => {
    const connection = connections[n]!;
    while (performance.now() < stopAt) {
      let c = await post(connection, clerk, `/api/cases${view}`, {
        itemId,
        channel: 'window',
        applicant: { type: 'person', name: '张小三', idNumber, phone: '13800001234' },
        materials,
        idempotencyKey: `bench-${process.pid}-${run}-${n}-${++serial}`,
      });
      if (c) c = await act(connection, clerk, c, { type: 'accept' });
      if (c) c = await act(connection, reviewer, c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
      if (c) c = await act(connection, approver, c, { type: 'approve', decision: 'grant', reason: '符合条件，准予许可' });
      if (c) c = await act(connection, clerk, c, { type: 'complete' });
      if (c) {
        const done = performance.now();
        if (done >= measureFrom && done <= stopAt) lifecycles++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, n) => worker(n)));
  clearTimeout(opened);
  for (const connection of connections) connection.close();
  latencies.sort((a, b) => a - b);
  return {
    transitions_per_second: Math.round(transitions / options.seconds),
    lifecycles_per_second: Number((lifecycles / options.seconds).toFixed(1)),
    transitions,
    lifecycles,
    errors,
    first_error: firstError,
    p50_ms: Number(percentile(latencies, 50).toFixed(1)),
    p99_ms: Number(percentile(latencies, 99).toFixed(1)),
  };
}
