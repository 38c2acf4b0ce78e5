import { describe, expect, it } from 'vitest';
import type { Performer } from './lifecycle.js';
import { actionsFor, stateFilter, statesFor } from './tasks.js';

const clerk: Performer = { id: 'c', roles: ['clerk'], mayDecide: false, kind: 'staff' };
const reviewer: Performer = { id: 'r', roles: ['reviewer'], mayDecide: false, kind: 'staff' };

describe('workbench tasks', () => {
  it('read a state filter, naming every state that is none', () => {
    expect(stateFilter(undefined)).toEqual({ states: undefined, issues: [] });
    expect(stateFilter(' accepted, reviewed ,')).toEqual({ states: ['accepted', 'reviewed'], issues: [] });
    const wrong = stateFilter('accepted,acepted,done');
    expect(wrong.issues.map((i) => [i.path, i.code])).toEqual([['querystring:/state', 'case.state_unknown']]);
    expect(wrong.issues[0]!.message['zh-CN']).toContain('acepted, done');
  });

  it('list a task\'s states, or their intersection with a filter', () => {
    expect(statesFor(undefined, undefined)).toBeUndefined();
    expect(statesFor('delivery', undefined)).toEqual(['decided', 'completed']);
    expect(statesFor('delivery', ['completed', 'received'])).toEqual(['completed']);
    expect(statesFor('approval', ['received'])).toEqual([]);
  });

  it('offer a performer only the actions of their role', () => {
    expect(actionsFor('received', clerk)).toEqual(['accept', 'requestCorrection', 'refuse', 'withdraw']);
    expect(actionsFor('received', reviewer)).toEqual([]);
    expect(actionsFor('accepted', reviewer)).toContain('review');
  });
});
