import { createRequire } from 'node:module';
import chineseDays from 'chinese-days';
import { isWorkday as chineseWorkdayIsWorkday } from 'chinese-workday';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from './china-calendar.js';
import { dayNumberOf, formatDayNumber, isWeekend } from './dates.js';

/**
 * The shipped notices (notices/cn-holidays.json, transcribed by hand from each notice's text)
 * against independent sources, for every day of 2007–2026:
 * - `chinese-days` must agree on every day, no exception;
 * - `holiday-calendar` (its CN data files) must agree except on the days listed in
 *   HOLIDAY_CALENDAR_ERRATA, each resolved below from the words of the notice;
 * - `chinese-workday` (covers 2011–2026) likewise, with CHINESE_WORKDAY_ERRATA.
 * An erratum the package no longer gets wrong fails too, so the lists stay exact.
 */

const FIRST = dayNumberOf(2007, 1, 1);
const LAST = dayNumberOf(2026, 12, 31);

/** date → [what the notice says (true = working day), the notice's words]. */
const HOLIDAY_CALENDAR_ERRATA: Record<string, [boolean, string]> = {
  // The package keys each file by year and drops the days a notice arranges in the December before.
  '2007-12-29': [true, '2008 notice: 12月29日（星期六）公休日调至12月31日（星期一），12月29日（星期六）上班'],
  '2007-12-31': [false, '2008 notice: 元旦：2007年12月30日—2008年1月1日放假'],
  '2011-12-31': [true, '2012 notice: 2011年12月31日（星期六）上班'],
  // Worked weekend days the package misses.
  '2008-05-04': [true, '2008 notice: 5月4日（星期日）公休日调至5月2日（星期五），5月4日（星期日）上班'],
  '2009-01-04': [true, '2009 notice: 1月4日（星期日）上班'],
  '2009-09-27': [true, '2009 notice: 9月27日（星期日）、10月10日（星期六）上班'],
  '2015-01-04': [true, '2015 notice: 元旦：1月1日至3日放假调休，共3天。1月4日（星期日）上班'],
  // Saturdays the package marks worked although the notice only joins the holiday to the weekend.
  '2008-06-07': [false, '2008 notice: 端午节：6月7日—9日放假……6月7日（星期六）照常公休'],
  '2008-09-13': [false, '2008 notice: 中秋节：9月13日—15日放假……9月13日（星期六）为公休日'],
  '2016-04-02': [false, '2016 notice: 清明节：4月4日放假，与周末连休'],
  '2018-06-16': [false, '2018 notice: 端午节：6月18日放假，与周末连休'],
  '2018-09-22': [false, '2018 notice: 中秋节：9月24日放假，与周末连休'],
};

const CHINESE_WORKDAY_ERRATA: Record<string, [boolean, string]> = {
  '2011-01-29': [false, '2011 notice: 1月30日（星期日）、2月12日（星期六）上班 — not 29 January'],
  '2011-02-12': [true, '2011 notice: 2月12日（星期六）上班'],
  '2011-04-02': [true, '2011 notice: 清明节……4月2日（星期六）上班'],
  '2011-12-31': [true, '2012 notice: 2011年12月31日（星期六）上班 (a December day of the next year\'s notice)'],
  '2012-01-29': [true, '2012 notice: 1月21日（星期六）、1月29日（星期日）上班'],
  '2012-03-31': [true, '2012 notice: 3月31日（星期六）、4月1日（星期日）上班'],
  '2012-04-01': [true, '2012 notice: 3月31日（星期六）、4月1日（星期日）上班'],
  '2012-04-28': [true, '2012 notice: 劳动节……4月28日（星期六）上班'],
  '2012-09-30': [false, '2012 notice: 中秋节、国庆节：9月30日至10月7日放假调休'],
  '2012-10-08': [true, '2012 notice: the holiday ends on 10月7日; Monday 8 October is an ordinary working day'],
  '2013-04-07': [true, '2013 notice: 清明节……4月7日（星期日）上班'],
  '2013-04-27': [true, '2013 notice: 4月27日（星期六）、4月28日（星期日）上班'],
  '2013-04-28': [true, '2013 notice: 4月27日（星期六）、4月28日（星期日）上班'],
  '2013-06-08': [true, '2013 notice: 6月8日（星期六）、6月9日（星期日）上班'],
  '2013-06-09': [true, '2013 notice: 6月8日（星期六）、6月9日（星期日）上班'],
  '2013-10-12': [true, '2013 notice: 9月29日（星期日）、10月12日（星期六）上班'],
  '2013-12-29': [false, 'No notice works Sunday 29 December 2013 (the 2014 notice gives 元旦 1月1日 only)'],
  '2014-06-03': [true, '2014 notice: 端午节：6月2日放假 — 3 June is an ordinary Tuesday'],
  '2014-06-04': [true, '2014 notice: 端午节：6月2日放假 — 4 June is an ordinary Wednesday'],
  '2014-09-09': [true, '2014 notice: 中秋节：9月8日放假 — 9 September is an ordinary Tuesday'],
  '2014-09-10': [true, '2014 notice: 中秋节：9月8日放假 — 10 September is an ordinary Wednesday'],
  '2014-10-11': [true, '2014 notice: 9月28日（星期日）、10月11日（星期六）上班'],
  '2015-09-03': [false, '国发明电〔2015〕1号: 9月3日（星期四）放假'],
  '2015-09-04': [false, '国发明电〔2015〕1号: 9月4日（星期五）调休'],
  '2018-01-01': [false, '2018 notice: 元旦：1月1日放假'],
  '2020-01-31': [false, '国办发明电〔2020〕1号: 延长2020年春节假期至2月2日'],
  '2020-02-01': [false, '国办发明电〔2020〕1号: the holiday now runs through 2 February, so Saturday 1 February is no longer worked'],
  '2023-01-03': [true, '2023 notice: 元旦：2022年12月31日至2023年1月2日放假 — 3 January is an ordinary Tuesday'],
};

const require = createRequire(import.meta.url);

function holidayCalendarIsWorkday(): (date: string) => boolean {
  const arranged = new Map<string, boolean>();
  for (let year = 2006; year <= 2026; year++) {
    const file = require(`holiday-calendar/data/CN/${year}.json`) as { dates: { date: string; type: string }[] };
    for (const d of file.dates) arranged.set(d.date, d.type === 'transfer_workday');
  }
  return (date) => arranged.get(date) ?? !isWeekend(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

function disagreements(
  source: (date: string) => boolean,
  first: number,
): Map<string, { ours: boolean; theirs: boolean }> {
  const calendar = chinaCalendar();
  const found = new Map<string, { ours: boolean; theirs: boolean }>();
  for (let d = first; d <= LAST; d++) {
    const date = formatDayNumber(d);
    const ours = calendar.isWorkdayNumber(d);
    const theirs = source(date);
    if (ours !== theirs) found.set(date, { ours, theirs });
  }
  return found;
}

function expectOnly(found: Map<string, { ours: boolean; theirs: boolean }>, errata: Record<string, [boolean, string]>): void {
  expect([...found.keys()].sort()).toEqual(Object.keys(errata).sort());
  for (const [date, [noticeSaysWorkday]] of Object.entries(errata)) {
    expect({ date, ours: found.get(date)?.ours }).toEqual({ date, ours: noticeSaysWorkday });
  }
}

describe('the shipped calendar against independent sources, every day of 2007–2026', () => {
  it('agrees with chinese-days on every single day', () => {
    expect([...disagreements((date) => chineseDays.isWorkday(date), FIRST)]).toEqual([]);
  });

  it('agrees with holiday-calendar except on its documented errata, where the notice sides with us', () => {
    expectOnly(disagreements(holidayCalendarIsWorkday(), FIRST), HOLIDAY_CALENDAR_ERRATA);
  });

  it('agrees with chinese-workday (2011–2026) except on its documented errata', () => {
    expectOnly(disagreements((date) => chineseWorkdayIsWorkday(date), dayNumberOf(2011, 1, 1)), CHINESE_WORKDAY_ERRATA);
  });

  it('carries the days a notice arranges in the year before (2006-12-30/31 worked under the 2007 notice)', () => {
    const calendar = chinaCalendar();
    expect(calendar.dayInfo('2006-12-30')).toMatchObject({ kind: 'makeUpWorkday', workday: true, provisional: true });
    expect(calendar.dayInfo('2006-12-31')).toMatchObject({ kind: 'makeUpWorkday', workday: true });
    expect(calendar.dayInfo('2018-12-31')).toMatchObject({ kind: 'holiday', name: '元旦' });
    expect(calendar.dayInfo('2022-12-31')).toMatchObject({ kind: 'holiday', name: '元旦' });
  });
});
