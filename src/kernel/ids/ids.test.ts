import { describe, expect, it } from 'vitest';
import { ManualClock } from '../time/clock.js';
import { newId, newSecretToken } from './ids.js';

describe('newId', () => {
  it('is a version 7 UUID ordered by time', () => {
    const clock = new ManualClock('2025-01-01T00:00:00.000Z');
    const first = newId(clock);
    clock.advance(1);
    const second = newId(clock);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first < second).toBe(true);
    expect(first.slice(0, 13)).toBe('01941f29-7c00');
  });
  it('never repeats', () => {
    const clock = new ManualClock('2025-01-01T00:00:00.000Z');
    const ids = new Set(Array.from({ length: 1000 }, () => newId(clock)));
    expect(ids.size).toBe(1000);
  });
});

describe('newSecretToken', () => {
  it('has 256 bits', () => {
    expect(Buffer.from(newSecretToken(), 'base64url')).toHaveLength(32);
  });
});
