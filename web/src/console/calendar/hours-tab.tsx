import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { useMe } from '../session.js';
import { calendarApi } from './calendar-api.js';
import { CALENDAR_FORMS, calendarPath } from './calendar-paths.js';
import { HoursForm } from './hours-form.js';

/** '08:30-12:00,14:00-17:30' → one tag per session. */
function Sessions({ text }: { text: string | null }) {
  const { t } = useI18n();
  if (!text) return <Tag>{t.calendar.hours.closed}</Tag>;
  return (
    <Space size={[4, 4]} wrap>
      {text.split(',').map((session) => (
        <Tag key={session} color="blue" className="ow-session">
          {session.replace('-', ' – ')}
        </Tag>
      ))}
    </Space>
  );
}

/** 办公时间: when the center's hall serves the public. */
export function HoursTab({ centerId, centerName, editing }: { centerId: string; centerName: string; editing: boolean }) {
  const { t } = useI18n();
  const { can } = useMe();
  const navigate = useNavigate();
  const { search } = useLocation();
  const hours = useResource(() => calendarApi.serviceHours(centerId), centerId);
  const manage = can('calendar.manage');

  if (hours.error) return <LoadFailure error={hours.error} home={CONSOLE} onRetry={hours.reload} />;

  return (
    <div>
      <div className="ow-tab-bar">
        <Typography.Paragraph type="secondary" className="ow-tab-about">
          {t.calendar.hours.about}
        </Typography.Paragraph>
        {manage ? (
          <Button type="primary" disabled={!hours.data} onClick={() => navigate({ pathname: CALENDAR_FORMS.editHours, search })}>
            {t.calendar.hours.edit}
          </Button>
        ) : null}
      </div>
      <Descriptions
        bordered
        column={1}
        size="middle"
        className="ow-hours"
        title={centerName}
        items={[
          { key: 'workday', label: t.calendar.hours.workday, children: hours.data ? <Sessions text={hours.data.workday} /> : t.common.loading },
          { key: 'saturday', label: t.calendar.hours.saturday, children: hours.data ? <Sessions text={hours.data.saturday} /> : t.common.loading },
          { key: 'sunday', label: t.calendar.hours.sunday, children: <Tag>{t.calendar.hours.closed}</Tag> },
        ]}
      />
      {editing && hours.data ? (
        <HoursForm centerId={centerId} centerName={centerName} hours={hours.data} onClose={() => navigate({ pathname: calendarPath('hours'), search })} onSaved={hours.reload} />
      ) : null}
    </div>
  );
}
