import { describe, expect, it } from 'vitest';
import { hashPassword, passwordIssues, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('verifies the right password and rejects others', async () => {
    const stored = await hashPassword('Window2025');
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('Window2025', stored)).toBe(true);
    expect(await verifyPassword('window2025', stored)).toBe(false);
    expect(await verifyPassword('Window2025', 'garbage')).toBe(false);
  });
  it('salts every hash', async () => {
    expect(await hashPassword('Window2025')).not.toBe(await hashPassword('Window2025'));
  });
});

describe('passwordIssues', () => {
  it('wants letters and digits, 8 or more, without the username', () => {
    expect(passwordIssues('Window2025', 'clerk')).toEqual([]);
    expect(passwordIssues('short1', 'x').map((i) => i.code)).toEqual(['password.weak']);
    expect(passwordIssues('clerk12345', 'clerk').map((i) => i.code)).toEqual(['password.contains_username']);
  });
});
