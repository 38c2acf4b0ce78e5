import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createServices, type Services } from '../../src/app.js';
import type { OpenDatabase } from '../../src/db/database.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-org.js';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { buildServer } from '../../src/http/server.js';
import { ManualClock } from '../../src/kernel/time/clock.js';

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  clock: ManualClock;
  database: OpenDatabase;
}

/** The real server on a test database with the demo county, and a clock the test moves. */
export async function startTestApp(database: OpenDatabase, now = '2026-03-02T01:00:00.000Z'): Promise<TestApp> {
  const clock = new ManualClock(now);
  const services = createServices(database);
  await seedDemo(services, clock);
  const app = await buildServer({ database, services, clock, webRoot: '/nonexistent' });
  await app.ready();
  return { app, services, clock, database };
}

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export class Session {
  private constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrf: string,
    readonly me: Record<string, unknown>,
  ) {}

  static async signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
    const setCookie = response.cookies.find((c) => c.name === 'ow_session');
    if (!setCookie) throw new Error('no session cookie');
    const me = response.json();
    return new Session(app, `ow_session=${setCookie.value}`, me.csrfToken, me);
  }

  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { cookie: this.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrf }), ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown) {
    return this.request('POST', url, payload);
  }
  patch(url: string, payload?: unknown) {
    return this.request('PATCH', url, payload);
  }
}
