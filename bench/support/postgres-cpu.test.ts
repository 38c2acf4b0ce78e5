import { describe, expect, it } from 'vitest';
import { perUnit, postgresCpuMs } from './postgres-cpu.js';

describe('PostgreSQL CPU readings', () => {
  it('give ms per unit of work between two readings, or null when a reading or the work is missing', () => {
    expect(perUnit(1_000, 2_500, 1_000)).toBe(1.5);
    expect(perUnit(null, 2_500, 1_000)).toBeNull();
    expect(perUnit(1_000, null, 1_000)).toBeNull();
    expect(perUnit(1_000, 2_500, 0)).toBeNull();
  });

  it('never go backwards while PostgreSQL runs', () => {
    const first = postgresCpuMs();
    const second = postgresCpuMs();
    if (first === null) return expect(second).toBeNull(); // no /proc, or no PostgreSQL on this machine
    expect(second).toBeGreaterThanOrEqual(first);
  });
});
