import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors/index.js';
import { amountDue, billFromFees, checkBillOpen, payAll, waive } from './fees.js';
import { checkRatable, isSatisfied } from './rating.js';

const bill = billFromFees([
  { name: '不动产登记费', amountFen: 8000, waivable: true },
  { name: '工本费', amountFen: 1000, waivable: false },
  { name: '按面积计收', waivable: false },
]);

describe('bill', () => {
  it('bills fixed amounts and sums what is due', () => {
    expect(bill.map((l) => l.name)).toEqual(['不动产登记费', '工本费']);
    expect(amountDue(bill)).toBe(9000);
  });
  it('waives only waivable unpaid lines, with a reason', () => {
    expect(amountDue(waive(bill, ['不动产登记费'], '小微企业免收'))).toBe(1000);
    expect(() => waive(bill, ['工本费', '无此项'], '')).toThrow(/3 problem/);
    expect(() => waive(waive(bill, ['不动产登记费'], '免收'), ['不动产登记费'], '再免')).toThrow(/waived already/);
  });
  it('takes no payment or waiver once a case was refused, withdrawn or terminated', () => {
    for (const state of ['refused', 'withdrawn', 'terminated']) expect(() => checkBillOpen(state)).toThrow(/refused, withdrawn or terminated/);
    for (const state of ['received', 'accepted', 'decided', 'completed', 'delivered']) expect(() => checkBillOpen(state)).not.toThrow();
  });
  it('pays all open lines under one invoice number (一票制)', () => {
    const paid = payAll(waive(bill, ['不动产登记费'], '免收'), 'FP2026-0001', '2026-03-02T02:00:00.000Z');
    expect(paid.map((l) => l.invoiceNo)).toEqual([null, 'FP2026-0001']);
    expect(amountDue(paid)).toBe(0);
    try {
      payAll(paid, 'FP2026-0002', 'x');
      expect.fail();
    } catch (error) {
      expect(isAppError(error) && error.code).toBe('bill.nothing_due');
    }
  });
});

describe('rating', () => {
  it('counts 基本满意 and above as satisfied', () => {
    expect([5, 4, 3, 2, 1].map((l) => isSatisfied(l as 1))).toEqual([true, true, true, false, false]);
  });
  it('is allowed once, after completion', () => {
    expect(() => checkRatable('completed', false)).not.toThrow();
    expect(() => checkRatable('reviewed', false)).toThrow(/once it is completed/);
    expect(() => checkRatable('delivered', true)).toThrow(/one rating per case/);
  });
});
