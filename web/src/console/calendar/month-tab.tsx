import { Alert, Button, DatePicker, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import type { CalendarDay, DayKind } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { useSearchParam } from '../components/search-param.js';
import { CONSOLE } from '../nav.js';
import { calendarApi } from './calendar-api.js';
import { chinaToday, formatDay, MONTH_PATTERN, shiftMonth, spansOf, weekdayOf } from './calendar-dates.js';
import { calendarPath } from './calendar-paths.js';

/** Monday first, as Chinese calendars print it. */
const WEEK: readonly number[] = [1, 2, 3, 4, 5, 6, 0];
const KIND_COLOR: Record<DayKind, string> = { workday: 'default', makeUpWorkday: 'blue', weekend: 'default', holiday: 'red', closure: 'purple' };

/** The years whose missing notice leaves these days provisional (late December waits on the next year). */
function missingYears(days: readonly CalendarDay[], known: ReadonlySet<number>): number[] {
  const years = new Set<number>();
  for (const day of days) {
    if (!day.provisional) continue;
    const year = Number(day.date.slice(0, 4));
    years.add(known.has(year) ? year + 1 : year);
  }
  return [...years].sort((a, b) => a - b);
}

/** 月历: what each day of a month is at the chosen center, provisional days marked. */
export function MonthTab({ centerId }: { centerId: string }) {
  const { t, locale } = useI18n();
  const [monthParam, setMonthParam] = useSearchParam('month');
  const today = chinaToday();
  const month = monthParam && MONTH_PATTERN.test(monthParam) ? monthParam : today.slice(0, 7);
  const setMonth = (next: string) => setMonthParam(next === today.slice(0, 7) ? undefined : next);
  const days = useResource(() => calendarApi.month(month, centerId), `${month}|${centerId}`);
  const years = useResource(() => calendarApi.years(), 'years');

  if (days.error) return <LoadFailure error={days.error} home={CONSOLE} onRetry={days.reload} />;
  const items = days.data ?? [];
  const shown = items[0]?.date.startsWith(month) ? items : [];
  const known = new Set((years.data ?? []).map((y) => y.year));
  const missing = years.data ? missingYears(shown, known) : [];
  const count = (test: (d: CalendarDay) => boolean) => shown.filter(test).length;
  const blanks = shown.length > 0 ? WEEK.indexOf(shown[0]!.weekday) : 0;
  const spans = spansOf(shown.filter((d) => d.kind === 'holiday' || d.kind === 'makeUpWorkday' || d.kind === 'closure'));

  const label = (day: CalendarDay) =>
    [day.date, t.calendar.weekdays[day.weekday], t.calendar.kinds[day.kind as DayKind], day.name, day.provisional ? t.calendar.provisional : null].filter(Boolean).join(' · ');

  return (
    <div className="ow-month">
      <div className="ow-month-bar">
        <Space wrap>
          <Button onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t.calendar.month.previous}>
            ‹ {t.calendar.month.previous}
          </Button>
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t.calendar.month.pick}
            value={dayjs(`${month}-01`)}
            onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
          />
          <Button onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t.calendar.month.next}>
            {t.calendar.month.next} ›
          </Button>
          <Button type="link" onClick={() => setMonth(today.slice(0, 7))}>
            {t.calendar.month.current}
          </Button>
          {days.loading ? <Spin size="small" /> : null}
        </Space>
        <Space wrap size={[16, 4]} className="ow-month-stats" data-testid="month-stats">
          <span>
            {t.calendar.month.workdays} <b>{count((d) => d.workday)}</b>
          </span>
          <span>
            {t.calendar.month.holidays} <b>{count((d) => d.kind === 'holiday')}</b>
          </span>
          <span>
            {t.calendar.month.makeUp} <b>{count((d) => d.kind === 'makeUpWorkday')}</b>
          </span>
          <span>
            {t.calendar.month.closures} <b>{count((d) => d.kind === 'closure')}</b>
          </span>
          {missing.length > 0 ? <Tag color="warning">{t.calendar.provisional}</Tag> : null}
        </Space>
      </div>

      {missing.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          className="ow-form-alert"
          data-testid="provisional-banner"
          title={t.calendar.month.provisionalTitle(missing.join('、'))}
          description={t.calendar.month.provisionalText}
          action={<Link to={{ pathname: calendarPath('years') }}>{t.calendar.tabs.years} ›</Link>}
        />
      ) : null}

      <div className="ow-cal" aria-busy={days.loading}>
        {WEEK.map((w) => (
          <div key={w} className={`ow-cal-head${w === 0 || w === 6 ? ' ow-cal-head-weekend' : ''}`}>
            {t.calendar.weekdaysShort[w]}
          </div>
        ))}
        {Array.from({ length: blanks }, (_, i) => (
          <div key={`blank-${i}`} className="ow-cal-blank" />
        ))}
        {shown.map((day) => {
          const kind = day.kind as DayKind;
          const badge = kind === 'holiday' || kind === 'makeUpWorkday' || kind === 'closure' ? t.calendar.badges[kind] : null;
          return (
            <div
              key={day.date}
              className={`ow-cal-day ow-cal-${kind}${day.provisional ? ' ow-cal-provisional' : ''}${day.date === today ? ' ow-cal-today' : ''}`}
              data-date={day.date}
              data-kind={kind}
              title={label(day)}
              aria-label={label(day)}
            >
              <div className="ow-cal-top">
                <span className="ow-cal-num">{Number(day.date.slice(8))}</span>
                {badge ? <span className="ow-cal-badge">{badge}</span> : null}
              </div>
              {badge ? <div className="ow-cal-kind">{t.calendar.kinds[kind]}</div> : null}
              {day.name ? <div className="ow-cal-name">{day.name}</div> : null}
              {day.provisional ? <div className="ow-cal-prov">{t.calendar.provisional}</div> : null}
            </div>
          );
        })}
      </div>

      <div className="ow-cal-legend">
        {(['holiday', 'makeUpWorkday', 'weekend', 'closure'] as const).map((kind) => (
          <span key={kind}>
            <i className={`ow-cal-swatch ow-cal-${kind}`} />
            {t.calendar.kinds[kind]}
          </span>
        ))}
        <span>
          <i className="ow-cal-swatch ow-cal-provisional" />
          {t.calendar.month.legendProvisional}
        </span>
      </div>

      <Typography.Title level={5} className="ow-section-title">
        {t.calendar.month.arrangements}
      </Typography.Title>
      {spans.length === 0 ? (
        <Typography.Text type="secondary">{t.calendar.month.noArrangements}</Typography.Text>
      ) : (
        <ul className="ow-arrangements" data-testid="month-arrangements">
          {spans.map((span) => (
            <li key={span.from}>
              <span>
                <Tag color={KIND_COLOR[span.kind]}>{t.calendar.kinds[span.kind]}</Tag>
              </span>
              <span className="ow-arrangement-date">
                {span.count === 1
                  ? `${formatDay(span.from, locale)}${t.calendar.paren(t.calendar.weekdays[weekdayOf(span.from)] ?? '')}`
                  : `${formatDay(span.from, locale)} — ${formatDay(span.to, locale)}${t.calendar.paren(t.calendar.days(span.count))}`}
              </span>
              <span>{span.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
