import { errors, issue, text, type Issue } from '../../../kernel/errors/index.js';

/** One line of a case's bill (收费), from a fee of the item it was accepted under. */
export interface BillLine {
  name: string;
  amountFen: number;
  waivable: boolean;
  /** 减免: the reason, when waived. */
  waiverReason: string | null;
  /** 一票制: every line paid together carries the same invoice number. */
  invoiceNo: string | null;
  paidAt: string | null;
}

/** The bill of a case from its item's fees (fees without a fixed amount are not billed automatically). */
export function billFromFees(fees: readonly { name: string; amountFen?: number; waivable: boolean }[]): BillLine[] {
  return fees
    .filter((f) => typeof f.amountFen === 'number' && f.amountFen > 0)
    .map((f) => ({ name: f.name, amountFen: f.amountFen!, waivable: f.waivable, waiverReason: null, invoiceNo: null, paidAt: null }));
}

/** States in which a case's bill no longer changes: nothing was or will be decided (不予受理, withdrawn, terminated). */
const BILL_CLOSED_STATES: readonly string[] = ['refused', 'withdrawn', 'terminated'];

/** Refuses a payment or waiver on a case that ended without a decision. */
export function checkBillOpen(state: string): void {
  if (BILL_CLOSED_STATES.includes(state)) {
    throw errors.rule('bill.case_closed', text('该办件已不予受理、撤回或终止，不能再缴费或减免。', 'The case was refused, withdrawn or terminated: no payment or waiver can be recorded.'));
  }
}

export function amountDue(bill: readonly BillLine[]): number {
  return bill.filter((l) => !l.waiverReason && !l.invoiceNo).reduce((sum, l) => sum + l.amountFen, 0);
}

/** Waives lines by name; only waivable, unpaid lines, with a reason. */
export function waive(bill: readonly BillLine[], names: readonly string[], reason: string): BillLine[] {
  const problems: Issue[] = [];
  if (!reason.trim()) problems.push(issue('/reason', 'waiver.reason_required', text('减免须写明理由和依据。', 'A waiver needs its reason and basis.')));
  names.forEach((name, i) => {
    const line = bill.find((l) => l.name === name);
    if (!line) problems.push(issue(`/names/${i}`, 'waiver.unknown_fee', text('本件没有收费项目“{name}”。', 'This case has no fee "{name}".', { name })));
    else if (!line.waivable) problems.push(issue(`/names/${i}`, 'waiver.not_waivable', text('“{name}”依规定不可减免。', '"{name}" cannot be waived.', { name })));
    else if (line.invoiceNo) problems.push(issue(`/names/${i}`, 'waiver.paid', text('“{name}”已缴费，不能再减免。', '"{name}" is paid already.', { name })));
    else if (line.waiverReason) problems.push(issue(`/names/${i}`, 'waiver.already', text('“{name}”已减免（{reason}）。', '"{name}" is waived already ({reason}).', { name, reason: line.waiverReason })));
  });
  if (problems.length > 0) throw errors.invalid(problems);
  return bill.map((l) => (names.includes(l.name) ? { ...l, waiverReason: reason.trim() } : l));
}

/** 一票制: pays every open line at once under one invoice number. */
export function payAll(bill: readonly BillLine[], invoiceNo: string, at: string): BillLine[] {
  if (!/^[A-Za-z0-9-]{4,40}$/.test(invoiceNo)) {
    throw errors.invalid([issue('/invoiceNo', 'invoice.format', text('票据号应为 4–40 位字母、数字或“-”。', 'An invoice number has 4–40 letters, digits or "-".'))]);
  }
  if (amountDue(bill) === 0) throw errors.rule('bill.nothing_due', text('本件没有待缴费用。', 'Nothing is due on this case.'));
  return bill.map((l) => (!l.waiverReason && !l.invoiceNo ? { ...l, invoiceNo, paidAt: at } : l));
}
