import http from 'node:http';
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

/** A minimal HTTP/1.1 client on keep-alive sockets (cheap on CPU: the server shares the machine). */
class Client {
  private readonly agent: http.Agent;
  private readonly url: URL;

  constructor(address: string, connections: number) {
    this.url = new URL(address);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  request(method: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          agent: this.agent,
          headers: { ...headers, ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async signIn(username: string): Promise<Staff> {
    const login = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request({ host: this.url.hostname, port: this.url.port, method: 'POST', path: '/api/auth/login', agent: this.agent, headers: { 'content-type': 'application/json' } }, resolve);
      req.on('error', reject);
      req.end(JSON.stringify({ username, password: DEMO_PASSWORD }));
    });
    login.resume();
    if (login.statusCode !== 200) throw new Error(`sign-in of ${username}: HTTP ${login.statusCode}`);
    const cookie = (login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).find((c) => c.startsWith('ow_session='));
    if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
    const me = await this.request('GET', '/api/auth/me', undefined, { cookie });
    return { cookie, csrf: (JSON.parse(me.body) as { csrfToken: string }).csrfToken };
  }

  close(): void {
    this.agent.destroy();
  }
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

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : 0);

/**
 * Drives complete case lifecycles over HTTP — receive and accept (clerk), review (reviewer),
 * approve (approver), complete (clerk) — with `concurrency` lifecycles in flight, and counts the
 * successful transitions and finished lifecycles in the measured window (after a warm-up).
 */
export async function driveLifecycles(options: LifecycleOptions): Promise<LifecycleResult> {
  const client = new Client(options.address, options.concurrency);
  const [clerk, reviewer, approver] = [await client.signIn('clerk.market'), await client.signIn('reviewer.market'), await client.signIn('approver.market')];
  const items = JSON.parse((await client.request('GET', `/api/public/items?q=${encodeURIComponent('食品经营许可')}`, undefined)).body) as { items: { id: string }[] };
  const itemId = items.items[0]!.id;
  const detail = JSON.parse((await client.request('GET', `/api/public/items/${itemId}`, undefined)).body) as { item: { materials: { name: string }[] } };
  const materials = detail.item.materials.map((m) => ({ name: m.name, status: 'received', originals: 1, copies: 1 }));
  const idNumber = completeIdNumber('33010219900101123');
  const view = `?view=${options.view}`;

  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const stopAt = measureFrom + options.seconds * 1000;
  let transitions = 0;
  let lifecycles = 0;
  let errors = 0;
  let firstError: string | null = null;
  let serial = 0;
  const latencies: number[] = [];

  const post = async (who: Staff, path: string, body: unknown): Promise<{ id: string; version: number } | null> => {
    const sent = performance.now();
    const reply = await client.request('POST', path, body, { cookie: who.cookie, 'x-csrf-token': who.csrf });
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
  const act = (who: Staff, c: { id: string; version: number }, action: Record<string, unknown>) => post(who, `/api/cases/${c.id}/actions${view}`, { version: c.version, action });

  const opened = setTimeout(() => options.onMeasureStart?.(), measureFrom - performance.now());
  const worker = async (n: number) => {
    while (performance.now() < stopAt) {
      let c = await post(clerk, `/api/cases${view}`, {
        itemId,
        channel: 'window',
        applicant: { type: 'person', name: '张小三', idNumber, phone: '13800001234' },
        materials,
        idempotencyKey: `bench-${process.pid}-${n}-${++serial}`,
      });
      if (c) c = await act(clerk, c, { type: 'accept' });
      if (c) c = await act(reviewer, c, { type: 'review', opinion: '材料齐全', recommendation: 'grant' });
      if (c) c = await act(approver, c, { type: 'approve', decision: 'grant', reason: '符合条件，准予许可' });
      if (c) c = await act(clerk, c, { type: 'complete' });
      if (c) {
        const done = performance.now();
        if (done >= measureFrom && done <= stopAt) lifecycles++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, n) => worker(n)));
  clearTimeout(opened);
  client.close();
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
