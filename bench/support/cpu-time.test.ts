import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { perUnit, postgresCpuMs, processCpuMs } from './cpu-time.js';

describe('CPU time readings from /proc', () => {
  it('give ms per unit of work between two readings, or null when a reading or the work is missing', () => {
    expect(perUnit(1_000, 2_500, 1_000)).toBe(1.5);
    expect(perUnit(null, 2_500, 1_000)).toBeNull();
    expect(perUnit(1_000, null, 1_000)).toBeNull();
    expect(perUnit(1_000, 2_500, 0)).toBeNull();
  });

  it('read a number of ms from /proc where PostgreSQL runs on this machine (as on the development and CI machines)', () => {
    const reading = postgresCpuMs();
    if (reading === null) return; // no /proc, or no PostgreSQL on this machine: nothing to read
    expect(Number.isFinite(reading)).toBe(true); // every field parsed: a misread one would give NaN
    expect(reading).toBeGreaterThan(0);
  });

  it.runIf(fs.existsSync('/proc/self/stat'))('read a process’s own CPU time, which grows with work done', () => {
    const before = processCpuMs(process.pid);
    const start = process.cpuUsage();
    const spentMs = () => {
      const { user, system } = process.cpuUsage(start);
      return (user + system) / 1000;
    };
    while (spentMs() < 100); // 100 ms of CPU, as Node counts it, however long a shared machine takes to lend it
    const after = processCpuMs(process.pid);
    expect(Number.isFinite(before)).toBe(true);
    expect(after - before).toBeGreaterThanOrEqual(70); // /proc counts in ticks of 10 ms
    expect(after - before).toBeLessThan(10_000);
  });
});
