import type { Db } from '../../db/database.js';
import { systemActor, type Actor, type RequestContext } from '../../kernel/context.js';
import { AppError, errors, text } from '../../kernel/errors/index.js';
import { newId, newSecretToken } from '../../kernel/ids/ids.js';
import { AttemptLimiter } from '../../kernel/security/attempt-limiter.js';
import { hashPassword, verifyPassword } from '../../kernel/security/password.js';
import { instantOf } from '../../kernel/time/clock.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import { chinaDateOf } from '../../kernel/calendar/index.js';
import { afterFailedLogin, AUTH_POLICY, isExpired, lockSecondsLeft, newSessionTimes, nextExpiry, sessionIdOf } from '../auth/auth.domain.js';
import { normalizeApplicant, type Applicant } from '../cases/domain/applicant.js';
import { accountExistsIssue, loginNameOf, maskedLoginName, normalizeLoginName, registrationIssues, type Registration } from './applicants.domain.js';
import { applicantsStore, type ApplicantAccountRow } from './applicants.store.js';

export interface Client {
  ip: string;
  userAgent: string;
}

export interface ApplicantAccount {
  id: string;
  kind: 'person' | 'enterprise';
  displayName: string;
  /** The applicant as a case records it, for prefilling applications. */
  applicant: Applicant;
}

export interface SignedInApplicant {
  actor: Actor;
  account: ApplicantAccount;
  sessionId: string;
  csrfToken: string;
}

const badCredentials = () =>
  errors.unauthenticated('bad_credentials', text('证件号码或密码不正确。', 'Wrong ID number / credit code or password.'));

const DUMMY_HASH = hashPassword('not-a-real-password-1');

function accountOf(row: ApplicantAccountRow): ApplicantAccount {
  return { id: row.id, kind: row.kind, displayName: row.display_name, applicant: JSON.parse(row.applicant_json) as Applicant };
}

function actorOf(account: ApplicantAccount): Actor {
  return { ...systemActor, kind: 'applicant', id: account.id, name: account.displayName, applicantKind: account.kind };
}

/** Applicant accounts of the portal: registration, sign-in, sessions (separate from staff sessions). */
export class ApplicantsService {
  private readonly loginLimiter = new AttemptLimiter(AUTH_POLICY.attemptsPerWindow, AUTH_POLICY.attemptWindowSeconds * 1000);
  private readonly registerLimiter = new AttemptLimiter(AUTH_POLICY.attemptsPerWindow, AUTH_POLICY.attemptWindowSeconds * 1000);

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
  ) {}

  /** 注册: checks the ID number / credit code (check digits), phone and password; then signs in. */
  async register(ctx: RequestContext, input: Registration, client: Client): Promise<SignedInApplicant & { token: string }> {
    const wait = this.registerLimiter.hit(client.ip, ctx.clock.now());
    if (wait > 0) throw errors.throttled(wait);
    const now = instantOf(ctx.clock);
    const problems = registrationIssues(input, chinaDateOf(now));
    if (problems.length > 0) throw errors.invalid(problems);
    const applicant = normalizeApplicant(input.applicant);
    const loginName = loginNameOf(applicant);
    if (await applicantsStore.byLoginName(this.db, loginName)) throw errors.invalid([accountExistsIssue(applicant)], 'applicant.exists');
    const row: ApplicantAccountRow = {
      id: newId(ctx.clock),
      kind: applicant.type,
      login_name: loginName,
      applicant_json: JSON.stringify(applicant),
      display_name: applicant.name,
      phone: applicant.phone,
      password_hash: await hashPassword(input.password),
      failed_logins: 0,
      locked_until: null,
      active: 1,
      created_at: now,
      updated_at: now,
    };
    const actorCtx = { ...ctx, actor: actorOf(accountOf(row)) };
    await this.uow.write(actorCtx, async (trx, audit) => {
      if (await applicantsStore.byLoginName(trx, loginName)) throw errors.invalid([accountExistsIssue(applicant)], 'applicant.exists');
      await applicantsStore.insert(trx, row);
      await audit.record({ action: 'applicant.register', entityType: 'applicant', entityId: row.id, after: { kind: row.kind, loginName: maskedLoginName(applicant), ip: client.ip } });
    });
    return this.startSession(actorCtx, row, client);
  }

  /** 登录 with the ID number / credit code and password; throttled per address, locked after repeated failures. */
  async login(ctx: RequestContext, loginName: string, password: string, client: Client): Promise<SignedInApplicant & { token: string }> {
    const now = ctx.clock.now();
    // Only failed sign-ins count (many applicants share a hall's or a mobile network's address).
    const wait = this.loginLimiter.retryAfter(client.ip, now);
    if (wait > 0) throw errors.throttled(wait);
    const failed = () => {
      this.loginLimiter.hit(client.ip, now);
      return badCredentials();
    };
    const row = await applicantsStore.byLoginName(this.db, normalizeLoginName(loginName));
    if (!row || row.active !== 1) {
      await verifyPassword(password, await DUMMY_HASH);
      throw failed();
    }
    const locked = lockSecondsLeft(row.locked_until, now);
    if (locked > 0) {
      throw new AppError(
        'throttled',
        'account_locked',
        text('密码错误次数过多，账户已锁定，请 {m} 分钟后再试。', 'Too many wrong passwords: the account is locked; retry in {m} minutes.', { m: Math.ceil(locked / 60) }),
        { details: { retryAfterSeconds: locked } },
      );
    }
    const actorCtx = { ...ctx, actor: actorOf(accountOf(row)) };
    if (!(await verifyPassword(password, row.password_hash))) {
      const state = afterFailedLogin(row.failed_logins, now);
      await this.uow.write(actorCtx, async (trx, audit) => {
        await applicantsStore.setLoginState(trx, row.id, state);
        await audit.record({ action: state.lockedUntil ? 'applicant.lock' : 'applicant.login_failed', entityType: 'applicant', entityId: row.id, after: { ip: client.ip, ...state } });
      });
      throw failed();
    }
    return this.startSession(actorCtx, row, client);
  }

  private async startSession(ctx: RequestContext, row: ApplicantAccountRow, client: Client): Promise<SignedInApplicant & { token: string }> {
    const now = ctx.clock.now();
    const token = newSecretToken();
    const times = newSessionTimes(now);
    const csrfToken = newSecretToken();
    await this.uow.write(ctx, async (trx, audit) => {
      await applicantsStore.setLoginState(trx, row.id, { failedLogins: 0, lockedUntil: null });
      await applicantsStore.insertSession(trx, {
        id: sessionIdOf(token),
        account_id: row.id,
        csrf_token: csrfToken,
        created_at: times.createdAt,
        last_seen_at: times.lastSeenAt,
        expires_at: times.expiresAt,
        ip: client.ip,
        user_agent: client.userAgent.slice(0, 300),
      });
      await audit.record({ action: 'applicant.login', entityType: 'applicant', entityId: row.id, after: { ip: client.ip } });
    });
    const account = accountOf(row);
    return { actor: actorOf(account), account, sessionId: sessionIdOf(token), csrfToken, token };
  }

  /** The signed-in applicant behind a session token, or null when absent, expired or deactivated. */
  async resolve(token: string | undefined, now: Date): Promise<SignedInApplicant | null> {
    if (!token || token.length > 100) return null;
    const session = await applicantsStore.findSession(this.db, sessionIdOf(token));
    if (!session || isExpired(session.expires_at, now)) return null;
    const row = await applicantsStore.find(this.db, session.account_id);
    if (!row || row.active !== 1) return null;
    if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) {
      await applicantsStore.touchSession(this.db, session.id, now.toISOString(), nextExpiry(new Date(session.created_at), now));
    }
    const account = accountOf(row);
    return { actor: actorOf(account), account, sessionId: session.id, csrfToken: session.csrf_token };
  }

  async logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.uow.write(ctx, async (trx, audit) => {
      await applicantsStore.deleteSession(trx, sessionId);
      await audit.record({ action: 'applicant.logout', entityType: 'applicant', entityId: ctx.actor.id ?? '' });
    });
  }

  /** The account behind an applicant actor (internal: online applications prefill from it). */
  async account(accountId: string): Promise<ApplicantAccount | null> {
    const row = await applicantsStore.find(this.db, accountId);
    return row ? accountOf(row) : null;
  }
}
