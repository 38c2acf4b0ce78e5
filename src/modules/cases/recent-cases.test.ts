import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CaseRow } from './cases.store.js';
import { RecentCases } from './recent-cases.js';

const row = (id: string, version: number, state = 'received') => ({ id, version, state }) as CaseRow;

describe('RecentCases', () => {
  it('gives a kept row only at the version asked for', () => {
    const recent = new RecentCases();
    recent.committed(row('a', 2));
    expect(recent.at('a', 2)?.version).toBe(2);
    expect(recent.at('a', 1)).toBeUndefined();
    expect(recent.at('a', 3)).toBeUndefined();
    expect(recent.at('b', 2)).toBeUndefined();
  });

  it('keeps the newest version: an older row committed later is ignored', () => {
    const recent = new RecentCases();
    recent.committed(row('a', 3, 'accepted'));
    recent.committed(row('a', 2, 'received'));
    expect(recent.at('a', 2)).toBeUndefined();
    expect(recent.at('a', 3)?.state).toBe('accepted');
    recent.committed(row('a', 4, 'reviewed'));
    expect(recent.at('a', 3)).toBeUndefined();
    expect(recent.at('a', 4)?.state).toBe('reviewed');
  });

  it('forgets the least recently committed case when full', () => {
    const recent = new RecentCases(2);
    recent.committed(row('a', 1));
    recent.committed(row('b', 1));
    recent.committed(row('a', 2)); // a is now the most recent
    recent.committed(row('c', 1));
    expect(recent.size).toBe(2);
    expect(recent.at('b', 1)).toBeUndefined();
    expect(recent.at('a', 2)).toBeDefined();
    expect(recent.at('c', 1)).toBeDefined();
  });

  it('shares kept rows frozen, so that no caller can change what the next transition starts from', () => {
    const recent = new RecentCases();
    recent.committed(row('a', 1));
    const kept = recent.at('a', 1)!;
    expect(Object.isFrozen(kept)).toBe(true);
    expect(() => Object.assign(kept, { state: 'accepted' })).toThrow(TypeError);
  });

  it('is sound because a case row changes only through casesStore.updateAtVersion (no other UPDATE of cases in the application)', () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const updatesOfCases = /updateTable\(\s*['"]cases['"]\s*\)|update\s+"?cases"?\s+set/i;
    const writers = (fs.readdirSync(src, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes(`db${path.sep}migrations${path.sep}`))
      .filter((file) => updatesOfCases.test(fs.readFileSync(path.join(src, file), 'utf8')));
    expect(writers).toEqual([path.join('modules', 'cases', 'cases.store.ts')]);
    const store = fs.readFileSync(path.join(src, 'modules', 'cases', 'cases.store.ts'), 'utf8');
    expect(store.match(new RegExp(updatesOfCases, 'gi'))).toHaveLength(1);
    expect(store).toMatch(/updateAtVersion[^]*?updateTable\('cases'\)[^]*?where\('version', '=', version\)/);
  });
});
