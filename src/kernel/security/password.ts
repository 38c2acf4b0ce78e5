import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { issue, text, type Issue } from '../errors/index.js';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** scrypt parameters (N=2^15, r=8, p=1: about 32 MiB and tens of milliseconds per hash). */
const PARAMS = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/** Hashes a password as `scrypt$N$r$p$salt$key` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/** A password must have at least 8 characters with letters and digits, and not be the username. */
export function passwordIssues(password: string, username: string, path = '/password'): Issue[] {
  const problems: Issue[] = [];
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    problems.push(
      issue(path, 'password.weak', text('密码至少 8 位，且须同时包含字母和数字。', 'A password needs at least 8 characters, with letters and digits.')),
    );
  }
  if (password.length > 128) {
    problems.push(issue(path, 'password.too_long', text('密码不能超过 128 位。', 'A password may have at most 128 characters.')));
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push(issue(path, 'password.contains_username', text('密码不能包含用户名。', 'A password must not contain the username.')));
  }
  return problems;
}
