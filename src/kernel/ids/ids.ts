import { randomBytes } from 'node:crypto';
import type { Clock } from '../time/clock.js';

/**
 * Identifiers are UUID version 7 strings: unique across instances without coordination,
 * and ordered by creation time (good for B-tree indexes on both databases).
 */
export function newId(clock: Clock): string {
  const ms = BigInt(clock.now().getTime());
  const bytes = randomBytes(16);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random token for sessions and CSRF (base64url, 256 bits). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}
