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
  new AppError('unauthenticated', 'bad_credentials', text('用户名或密码不正确。', 'Wrong username or password.'));

/** A password check against this hash costs the same time as a real one, for unknown users. */
const DUMMY_HASH = hashPassword('not-a-real-password-1');

/** Sign-in, sessions and passwords. */
export class AuthService {
  private readonly limiter = new AttemptLimiter(AUTH_POLICY.attemptsPerWindow, AUTH_POLICY.attemptWindowSeconds * 1000);

  constructor(
    private readonly db: Db,
    private readonly uow: UnitOfWork,
    private readonly org: OrgService,
  ) {}

  async login(ctx: RequestContext, username: string, password: string, client: Client): Promise<SignedIn & { token: string }> {
    const now = ctx.clock.now();
    const wait = this.limiter.hit(client.ip, now);
    if (wait > 0) throw errors.throttled(wait);
    const name = username.trim().toLowerCase();
    const credentials = await authStore.credentials(this.db, name);
    if (!credentials || !credentials.active) {
      await verifyPassword(password, await DUMMY_HASH);
      throw badCredentials();
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
      throw badCredentials();
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
    const session = await authStore.findSession(this.db, sessionIdOf(token));
    if (!session || isExpired(session.expiresAt, now)) return null;
    const staff = await this.org.staffForSession(session.staffId);
    if (!staff || !staff.active) return null;
    // Slide the idle timeout, at most once a minute to spare the database.
    if (now.getTime() - new Date(session.lastSeenAt).getTime() > 60_000) {
      await authStore.touchSession(this.db, session.id, now.toISOString(), nextExpiry(new Date(session.createdAt), now));
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
    };
    return { actor, staff, sessionId: session.id, csrfToken: session.csrfToken };
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
