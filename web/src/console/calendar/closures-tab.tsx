import { App, Button, Popconfirm, Tag, Typography, type TableColumnsType } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../shared/api.js';
import type { Closure } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { useMe } from '../session.js';
import { calendarApi } from './calendar-api.js';
import { chinaToday, weekdayOf } from './calendar-dates.js';
import { CALENDAR_FORMS, calendarPath } from './calendar-paths.js';
import { ClosureForm } from './closure-form.js';
import { RecordTable } from '../components/record-table.js';

/** 本地停办日: the days this center is closed although the national calendar says it works. */
export function ClosuresTab({ centerId, centerName, adding }: { centerId: string; centerName: string; adding: boolean }) {
  const { t } = useI18n();
  const { can } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { search } = useLocation();
  const closures = useResource(() => calendarApi.closures(centerId), centerId);
  const manage = can('calendar.manage');
  const today = chinaToday();

  if (closures.error) return <LoadFailure error={closures.error} home={CONSOLE} onRetry={closures.reload} />;
  const items = [...(closures.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));

  const remove = async (closure: Closure) => {
    try {
      await calendarApi.removeClosure(closure.id);
      void message.success(t.calendar.closures.removed);
      closures.reload();
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    }
  };

  const columns: TableColumnsType<Closure> = [
    {
      title: t.calendar.closures.date,
      dataIndex: 'date',
      width: 220,
      render: (date: string) => (
        <>
          <Typography.Text strong>{date}</Typography.Text>
          <Typography.Text type="secondary">{t.calendar.paren(t.calendar.weekdays[weekdayOf(date)] ?? '')}</Typography.Text>
          {date < today ? <Tag className="ow-tag-past">{t.calendar.closures.past}</Tag> : null}
        </>
      ),
    },
    { title: t.calendar.closures.reason, dataIndex: 'reason' },
  ];
  if (manage) {
    columns.push({
      title: t.common.actions,
      key: 'actions',
      width: 100,
      render: (_: unknown, c) => (
        <Popconfirm title={t.calendar.closures.removeConfirm} okText={t.calendar.closures.remove} okButtonProps={{ danger: true }} cancelText={t.common.cancel} onConfirm={() => remove(c)}>
          <Button type="link" size="small" danger>
            {t.calendar.closures.remove}
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <div>
      <div className="ow-tab-bar">
        <Typography.Paragraph type="secondary" className="ow-tab-about">
          {t.calendar.closures.about}
        </Typography.Paragraph>
        {manage ? (
          <Button type="primary" onClick={() => navigate({ pathname: CALENDAR_FORMS.newClosure, search })}>
            {t.calendar.closures.add}
          </Button>
        ) : null}
      </div>
      <RecordTable<Closure>
        rows={items}
        inactive={(c) => c.date < today}
        loading={closures.loading}
        columns={columns}
        locale={{ emptyText: t.calendar.closures.empty }}
      />
      {adding ? (
        <ClosureForm centerId={centerId} centerName={centerName} onClose={() => navigate({ pathname: calendarPath('closures'), search })} onSaved={closures.reload} />
      ) : null}
    </div>
  );
}
