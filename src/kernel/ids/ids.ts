import { randomBytes, randomFillSync } from 'node:crypto';
import type { Clock } from '../time/clock.js';

/**
 * Identifiers are UUID version 7 strings: unique across instances without coordination,
 * and ordered by creation time (good for B-tree indexes on both databases).
 */
export function newId(clock: Clock): string {
  const bytes = randomId();
  let ms = clock.now().getTime();
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Random bytes are drawn 4 KiB at a time (one call into OpenSSL per 256 ids, not one per id). */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;
const idBytes = Buffer.alloc(16);

/** 16 fresh random bytes in a scratch buffer (overwritten by the next call). */
function randomId(): Buffer {
  if (poolOffset + 16 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  pool.copy(idBytes, 0, poolOffset, poolOffset + 16);
  poolOffset += 16;
  return idBytes;
}

/** A random token for sessions and CSRF (base64url, 256 bits). */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}
