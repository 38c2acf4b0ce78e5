import { Alert, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import type { CalendarYear, NoticeImportResult } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { useMe } from '../session.js';
import { calendarApi } from './calendar-api.js';
import { chinaToday, formatDay, lineOf, spansOf, weekdayOf } from './calendar-dates.js';
import { CALENDAR_FORMS, calendarPath } from './calendar-paths.js';
import { NoticeImportForm } from './notice-import-form.js';

/** What the import form hands back to the list when it closes after a successful import. */
interface ImportedState {
  imported?: NoticeImportResult;
}

/** One year's notice, festival by festival: the days off and the make-up working days. */
function YearDays({ year }: { year: CalendarYear }) {
  const { t, locale } = useI18n();
  const festivals = [...new Set(year.days.map((d) => d.name))];
  const spans = spansOf(year.days);
  const rows = festivals.map((name) => ({
    name,
    off: spans.filter((s) => s.name === name && s.kind === 'holiday'),
    worked: spans.filter((s) => s.name === name && s.kind === 'workday'),
  }));
  const day = (date: string) => `${formatDay(date, locale, date.slice(0, 4) !== String(year.year))}${t.calendar.paren(t.calendar.weekdays[weekdayOf(date)] ?? '')}`;
  return (
    <Table
      size="small"
      rowKey="name"
      pagination={false}
      dataSource={rows}
      className="ow-year-days"
      columns={[
        { title: t.calendar.years.festival, dataIndex: 'name', width: 180, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
        {
          title: t.calendar.years.off,
          key: 'off',
          render: (_: unknown, row) =>
            row.off.map((s) => (
              <div key={s.from}>
                {s.count === 1 ? day(s.from) : `${formatDay(s.from, locale, s.from.slice(0, 4) !== String(year.year))} — ${formatDay(s.to, locale)}`}
                {s.count > 1 ? <Typography.Text type="secondary">{t.calendar.paren(t.calendar.days(s.count))}</Typography.Text> : null}
              </div>
            )),
        },
        {
          title: t.calendar.years.worked,
          key: 'worked',
          render: (_: unknown, row) =>
            row.worked.length === 0 ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              <Space size={[4, 4]} wrap>
                {row.worked.flatMap((s) => {
                  const dates = [s.from];
                  while (dates.length < s.count) dates.push(new Date(Date.parse(`${dates.at(-1)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
                  return dates.map((d) => (
                    <Tag key={d} color="blue">
                      {day(d)}
                    </Tag>
                  ));
                })}
              </Space>
            ),
        },
      ]}
    />
  );
}

/** 年度放假安排: the year notices the calendar knows, shipped or entered, and entering a new one. */
export function YearsTab({ importing }: { importing: boolean }) {
  const { t } = useI18n();
  const { can } = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const years = useResource(() => calendarApi.years(), 'years');
  const manage = can('calendar.manage');
  const imported = (location.state as ImportedState | null)?.imported;

  if (years.error) return <LoadFailure error={years.error} home={CONSOLE} onRetry={years.reload} />;
  const items = [...(years.data ?? [])].sort((a, b) => b.year - a.year);
  const known = new Set(items.map((y) => y.year));
  const today = chinaToday();
  const thisYear = Number(today.slice(0, 4));
  // The next year's notice is due in November or December; deadlines reach into it well before January.
  const watched = Number(today.slice(5, 7)) >= 10 ? [thisYear, thisYear + 1] : [thisYear];
  const missing = years.data ? watched.filter((y) => !known.has(y)) : [];

  const closeForm = (result?: NoticeImportResult) => {
    navigate({ pathname: calendarPath('years'), search: location.search }, result ? { state: { imported: result } satisfies ImportedState } : {});
    if (result) years.reload();
  };

  const columns: TableColumnsType<CalendarYear> = [
    { title: t.calendar.years.year, dataIndex: 'year', width: 100, render: (year: number) => <Typography.Text strong>{year}</Typography.Text> },
    {
      title: t.calendar.years.origin,
      dataIndex: 'origin',
      width: 140,
      render: (origin: CalendarYear['origin']) => <Tag color={origin === 'entered' ? 'blue' : 'default'}>{t.calendar.years.origins[origin]}</Tag>,
    },
    { title: t.calendar.years.documents, dataIndex: 'documents', render: (documents: string[]) => documents.join('；') || '—' },
    { title: t.calendar.years.holidays, dataIndex: 'holidays', width: 120, render: (n: number) => t.calendar.days(n) },
    { title: t.calendar.years.makeUpWorkdays, dataIndex: 'makeUpWorkdays', width: 160, render: (n: number) => t.calendar.days(n) },
  ];

  return (
    <div>
      <div className="ow-tab-bar">
        <Typography.Paragraph type="secondary" className="ow-tab-about">
          {t.calendar.years.about}
        </Typography.Paragraph>
        {manage ? (
          <Button type="primary" onClick={() => navigate({ pathname: CALENDAR_FORMS.import, search: location.search })}>
            {t.calendar.years.import}
          </Button>
        ) : null}
      </div>
      {imported ? (
        <Alert
          type="success"
          showIcon
          className="ow-form-alert"
          role="status"
          closable={{ onClose: () => navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null }) }}
          title={t.calendar.years.imported(imported.years.join('、'))}
          description={
            imported.warnings.length > 0 ? (
              <>
                <div>{t.calendar.years.importWarnings(imported.warnings.length)}</div>
                <ul className="ow-line-notes">
                  {imported.warnings.map((w, i) => {
                    const line = lineOf(w.path);
                    return (
                      <li key={i}>
                        {line !== null ? <Tag>{t.calendar.import.line(line)}</Tag> : null}
                        {w.message}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : undefined
          }
        />
      ) : null}
      {missing.map((year) => (
        <Alert key={year} type="warning" showIcon className="ow-form-alert" title={t.calendar.years.missing(year)} />
      ))}
      <Table<CalendarYear>
        rowKey="year"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={years.loading}
        columns={columns}
        dataSource={items}
        expandable={{ expandedRowRender: (year) => <YearDays year={year} /> }}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: t.common.total }}
      />
      {importing ? <NoticeImportForm known={items} onClose={() => closeForm()} onImported={closeForm} /> : null}
    </div>
  );
}
