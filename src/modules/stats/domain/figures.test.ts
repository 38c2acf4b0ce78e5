import { describe, expect, it } from 'vitest';
import { change, figuresOf, windowShare } from './figures.js';
import { zeroMeasures, type Measures } from './measures.js';

const m = (values: Partial<Measures>): Measures => ({ ...zeroMeasures(), ...values });
const NONE = { open: 0, overdueOpen: 0 };

describe('the figures against the reference reports', () => {
  it('001: 43,972 early completions of 45,440 promised-type completions → 96.77 %, 99.94 % within the promise', () => {
    const f = figuresOf(m({ completed: 62974, onTime: 62947, promisedCompleted: 45440, promisedEarly: 43972, promisedWithin: 45413 }), NONE);
    expect(f.promisedEarlyRate).toBe(43972 / 45440);
    expect(f.promisedEarlyRate!.toFixed(4)).toBe('0.9677');
    expect(f.promisedWithinRate!.toFixed(4)).toBe('0.9994');
    expect(f.promisedCompleted).toBe(45440);
  });

  it('001: 13 windows with over 1,000 cases hold 94.13 % of 62,974 completions', () => {
    expect(windowShare(59277, 62974)!.toFixed(4)).toBe('0.9413');
  });

  it('002: promise compression 1,674 ÷ 5,204 = 32 %; promised speed-up 1 − 11.74 ÷ 20.6 = 43.01 %', () => {
    // 100 cases: mean promised 11.74, mean legal 20.6.
    const f = figuresOf(m({ promisedSumPromised: 1674, legalSumPromised: 5204, promisedSumAll: 1174, legalSumAll: 2060 }), NONE);
    expect(f.promiseCompression).toBe(1674 / 5204);
    expect(Math.round(f.promiseCompression! * 100)).toBe(32);
    expect(f.promisedSpeedup!.toFixed(4)).toBe('0.4301');
  });

  it('002: actual speed-up 74.21 %, mean days 0.43 to accept and 4.04 to complete', () => {
    // 100 completions with a legal limit of 15.66 working days on average, 4.04 days used.
    const f = figuresOf(m({ accepted: 100, acceptDays: 43, completed: 100, onTime: 100, completeDays: 404, legalCompleted: 1566 }), NONE);
    expect(f.avgAcceptDays).toBe(0.43);
    expect(f.avgCompleteDays).toBe(4.04);
    expect(f.actualSpeedup!.toFixed(4)).toBe('0.7420');
    expect(f.onTimeRate).toBe(1);
  });

  it('002: rating rate 98.91 %, satisfaction 99.99 %, on-the-spot 99.8 %, on time 100 %', () => {
    const f = figuresOf(m({ completed: 21776, onTime: 21776, onSpot: 21733, evaluated: 21539, satisfied: 21537 }), NONE);
    expect(f.evaluationRate!.toFixed(4)).toBe('0.9891');
    expect(f.satisfactionRate!.toFixed(4)).toBe('0.9999');
    expect(f.onSpotRate!.toFixed(3)).toBe('0.998');
    expect(f.onTimeRate).toBe(1);
  });

  it('monthly and daily completion rates are over the cases accepted', () => {
    const f = figuresOf(m({ accepted: 22004, sameMonth: 21702, sameDay: 15845 }), NONE);
    expect(f.monthCompletionRate!.toFixed(4)).toBe('0.9863');
    expect(f.dailyCompletionRate!.toFixed(4)).toBe('0.7201');
  });

  it('overdue = completed late in the period + open past the deadline at its end; open comes from the end counts', () => {
    const f = figuresOf(m({ completed: 10, onTime: 7, late: 3 }), { open: 12, overdueOpen: 2 });
    expect(f.overdue).toBe(5);
    expect(f.open).toBe(12);
    expect(f.onTimeRate).toBe(0.7);
  });

  it('gives null, not 0 or NaN, for a rate with nothing to divide by', () => {
    const f = figuresOf(zeroMeasures(), NONE);
    expect(f.onTimeRate).toBeNull();
    expect(f.promisedSpeedup).toBeNull();
    expect(f.avgAcceptDays).toBeNull();
    expect(f.completed).toBe(0);
  });

  it('change is relative to the base, null when the base is 0 or missing', () => {
    expect(change(110, 100)).toBeCloseTo(0.1, 12);
    expect(change(5, 0)).toBeNull();
    expect(change(null, 3)).toBeNull();
  });
});
