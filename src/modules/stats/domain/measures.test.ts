import { expect, it } from 'vitest';
import { MEASURES, addMeasures, isZero, zeroMeasures } from './measures.js';

it('zeroMeasures has exactly every measure, at 0, and a fresh object each time', () => {
  const z = zeroMeasures();
  expect(Object.keys(z).sort()).toEqual([...MEASURES].sort());
  expect(isZero(z)).toBe(true);
  z.received = 1;
  expect(zeroMeasures().received).toBe(0);
  expect(addMeasures(z, z, -1)).toEqual(zeroMeasures());
});
