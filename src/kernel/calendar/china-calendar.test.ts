import { describe, expect, it } from 'vitest';
import { SHIPPED_NOTICES, chinaCalendar, noticeFromShipped } from './china-calendar.js';

describe('the shipped China calendar', () => {
  it('is built once and shared', () => {
    expect(chinaCalendar()).toBe(chinaCalendar());
    expect(chinaCalendar({ closures: [{ date: '2025-06-03', reason: 'x' }] })).not.toBe(chinaCalendar());
  });

  it('expands each notice span day by day, weekends inside the span included', () => {
    const n2025 = SHIPPED_NOTICES.find((n) => n.year === 2025);
    const spring = n2025?.days.filter((d) => d.name === '春节' && d.kind === 'holiday').map((d) => d.date);
    expect(spring).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']);
    expect(n2025?.source).toMatch(/^https:\/\/www\.gov\.cn\//);
  });

  it('records the amendments of 2015, 2019 and 2020 after the notice', () => {
    const docs = (year: number) => SHIPPED_NOTICES.find((n) => n.year === year)?.documents;
    expect(docs(2015)).toEqual(['国办发明电〔2014〕28号', '国发明电〔2015〕1号']);
    expect(docs(2019)).toEqual(['国办发明电〔2018〕15号', '国办发明电〔2019〕3号']);
    expect(docs(2020)).toEqual(['国办发明电〔2019〕16号', '国办发明电〔2020〕1号']);
  });

  it('refuses a malformed span in the data file', () => {
    const bad = { year: 2030, document: 'x', title: 'x', source: 'x', holidays: [{ name: 'x', from: '2030-02-10', to: '2030-02-01' }], workdays: [] };
    expect(() => noticeFromShipped(bad)).toThrow(/bad span/);
  });
});
