import type { Db } from '../../db/database.js';
import { systemActor, type Actor, type RequestContext } from '../../kernel/context.js';
import { AppError, errors, issue, text } from '../../kernel/errors/index.js';
import { newSecretToken } from '../../kernel/ids/ids.js';
import { authorize } from '../../kernel/permissions/policy.js';
import { hashPassword, passwordIssues, verifyPassword } from '../../kernel/security/password.js';
import type { UnitOfWork } from '../../kernel/unit-of-work.js';
import type { StaffMember } from '../org/org.domain.js';
import type { OrgService } from '../org/org.service.js';
import {
  afterFailedLogin,
  AUTH_POLICY,
  isExpired,
  lockSecondsLeft,
  newSessionTimes,
  nextExpiry,
  sessionIdOf,
} from './auth.domain.js';
import { authStore } from './auth.store.js';
import { AttemptLimiter } from '../../kernel/security/attempt-limiter.js';

export interface Client {
  ip: string;
  userAgent: string;
}

export interface SignedIn {
  actor: Actor;
  staff: StaffMember;
  sessionId: string;
  csrfToken: string;
}

const badCredentials = () =>
  errors.unauthenticated('bad_credentials', text('用户名或密码不正确。', 'Wrong username or password.'));

/**
 * How long this process trusts a resolved session without reading it again. Sign-in, sign-out,
 * password and organization changes committed in this process end the trust at once; another
 * instance's changes take effect here within this time.
 */
const SESSION_TRUST_MS = 2_000;
/** Writes that can change who a session's actor is (staff, roles, scope, windows, sessions). */
const ACTOR_ENTITIES = new Set(['staff', 'center', 'region', 'department', 'window', 'authorization']);

/** A password check against this hash costs the same time as a real one, for unknown users. */
const DUMMY_HASH = hashPassword('not-a-real-password-1');

/** Sign-in, sessions and passwords. */
export class AuthService {
  private readonly limiter = new AttemptLimiter(AUTH_POLICY.attemptsPerWindow, AUTH_POLICY.attemptWindowSeconds * 1000);
  /** Recently resolved sessions by session id (see SESSION_TRUST_MS). */
  private readonly trusted = new Map<string, { at: number; expiresAt: string; signedIn: SignedIn }>();

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly org: OrgService,
  ) {
    uow.onCommitted((entries) => {
      if (entries.some((e) => ACTOR_ENTITIES.has(e.entityType))) this.trusted.clear();
    });
  }

  async login(ctx: RequestContext, username: string, password: string, client: Client): Promise<SignedIn & { token: string }> {
    const now = ctx.clock.now();
    // Only failed sign-ins count: the clerks of a hall behind one address sign in every morning.
    const wait = this.limiter.retryAfter(client.ip, now);
    if (wait > 0) throw errors.throttled(wait);
    const failed = () => {
      this.limiter.hit(client.ip, now);
      return badCredentials();
    };
    const name = username.trim().toLowerCase();
    const credentials = await authStore.credentials(this.db, name);
    if (!credentials || !credentials.active) {
      await verifyPassword(password, await DUMMY_HASH);
      throw failed();
    }
    const locked = lockSecondsLeft(credentials.lockedUntil, now);
    if (locked > 0) {
      throw new AppError(
        'throttled',
        'account_locked',
        text('密码错误次数过多，账户已锁定，请 {m} 分钟后再试或联系管理员。', 'Too many wrong passwords: the account is locked; retry in {m} minutes or ask an administrator.', {
          m: Math.ceil(locked / 60),
        }),
        { details: { retryAfterSeconds: locked } },
      );
    }
    const attemptCtx = { ...ctx, actor: { ...systemActor, id: credentials.id, name: credentials.displayName } };
    if (!(await verifyPassword(password, credentials.passwordHash))) {
      const state = afterFailedLogin(credentials.failedLogins, now);
      await this.uow.write(attemptCtx, async (trx, audit) => {
        await authStore.setLoginState(trx, credentials.id, state);
        await audit.record({ action: state.lockedUntil ? 'auth.lock' : 'auth.login_failed', entityType: 'staff', entityId: credentials.id, after: { ip: client.ip, ...state } });
      });
      throw failed();
    }
    const token = newSecretToken();
    const session = { id: sessionIdOf(token), staffId: credentials.id, csrfToken: newSecretToken(), ...newSessionTimes(now) };
    await this.uow.write(attemptCtx, async (trx, audit) => {
      await authStore.setLoginState(trx, credentials.id, { failedLogins: 0, lockedUntil: null });
      await authStore.insertSession(trx, session, client);
      await audit.record({ action: 'auth.login', entityType: 'staff', entityId: credentials.id, after: { ip: client.ip } });
    });
    const signedIn = await this.resolve(token, now);
    if (!signedIn) throw badCredentials();
    return { ...signedIn, token };
  }

  /** The signed-in staff member behind a session token, or null when absent, expired or deactivated. */
  async resolve(token: string | undefined, now: Date): Promise<SignedIn | null> {
    if (!token || token.length > 100) return null;
    const id = sessionIdOf(token);
    const trusted = this.trusted.get(id);
    const age = trusted ? now.getTime() - trusted.at : -1;
    if (trusted && age >= 0 && age < SESSION_TRUST_MS && !isExpired(trusted.expiresAt, now)) return trusted.signedIn;
    const signedIn = await this.resolveStored(id, now);
    if (this.trusted.size >= 10_000) this.trusted.clear();
    if (signedIn) this.trusted.set(id, { at: now.getTime(), expiresAt: signedIn.expiresAt, signedIn: signedIn.value });
    else this.trusted.delete(id);
    return signedIn?.value ?? null;
  }

  private async resolveStored(id: string, now: Date): Promise<{ value: SignedIn; expiresAt: string } | null> {
    const session = await authStore.findSession(this.db, id);
    if (!session || isExpired(session.expiresAt, now)) return null;
    const staff = await this.org.staffForSession(session.staffId);
    if (!staff || !staff.active) return null;
    // Slide the idle timeout, at most once a minute to spare the database.
    let expiresAt = session.expiresAt;
    if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
      expiresAt = nextExpiry(new Date(session.createdAt), now);
      await authStore.touchSession(this.db, session.id, now.toISOString(), expiresAt);
    }
    const actor: Actor = {
      kind: 'staff',
      id: staff.id,
      name: staff.displayName,
      roles: staff.roles,
      centerId: staff.centerId,
      centerScope: await this.org.scopeOf(staff.centerId),
      departmentId: staff.departmentId,
      servedDepartmentIds: staff.windowId ? await this.org.departmentsServedBy(staff.windowId) : [],
      windowId: staff.windowId,
    };
    return { value: { actor, staff, sessionId: session.id, csrfToken: session.csrfToken }, expiresAt };
  }

  async logout(ctx: RequestContext, sessionId: string): Promise<void> {
    await this.uow.write(ctx, async (trx, audit) => {
      await authStore.deleteSession(trx, sessionId);
      await audit.record({ action: 'auth.logout', entityType: 'staff', entityId: ctx.actor.id ?? '' });
    });
  }

  /** Changes one's own password; other sessions of the account end. */
  async changePassword(ctx: RequestContext, sessionId: string, current: string, next: string): Promise<void> {
    const staffId = ctx.actor.id;
    if (ctx.actor.kind !== 'staff' || !staffId) throw errors.unauthenticated();
    const credentials = await authStore.credentialsById(this.db, staffId);
    if (!credentials) throw errors.unauthenticated();
    const problems = passwordIssues(next, credentials.username, '/newPassword');
    if (!(await verifyPassword(current, credentials.passwordHash))) {
      problems.unshift(issue('/currentPassword', 'password.wrong', text('当前密码不正确。', 'The current password is wrong.')));
    }
    if (current === next) problems.push(issue('/newPassword', 'password.unchanged', text('新密码不能与当前密码相同。', 'The new password must differ from the current one.')));
    if (problems.length > 0) throw errors.invalid(problems);
    const hash = await hashPassword(next);
    await this.uow.write(ctx, async (trx, audit) => {
      await authStore.setPassword(trx, staffId, hash, ctx.clock.now().toISOString());
      await authStore.deleteSessionsOf(trx, staffId, sessionId);
      await audit.record({ action: 'auth.password_change', entityType: 'staff', entityId: staffId });
    });
  }

  /** An administrator sets a staff member's password (and unlocks the account); their sessions end. */
  async resetPassword(ctx: RequestContext, staffId: string, password: string): Promise<void> {
    const staff = await this.org.staffForSession(staffId);
    if (!staff) throw errors.notFound('工作人员', staffId);
    authorize(ctx.actor, 'staff.manage', { centerId: staff.centerId });
    const problems = passwordIssues(password, staff.username);
    if (problems.length > 0) throw errors.invalid(problems);
    const hash = await hashPassword(password);
    await this.uow.write(ctx, async (trx, audit) => {
      await authStore.setPassword(trx, staffId, hash, ctx.clock.now().toISOString());
      await authStore.deleteSessionsOf(trx, staffId);
      await audit.record({ action: 'staff.password_reset', entityType: 'staff', entityId: staffId, centerId: staff.centerId });
    });
  }
}
