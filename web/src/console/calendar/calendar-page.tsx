import { Select, Space, Tabs, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { CONSOLE } from '../nav.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { CalculatorTab } from './calculator-tab.js';
import { CALENDAR_TABS, calendarPath, type CalendarTab } from './calendar-paths.js';
import { ClosuresTab } from './closures-tab.js';
import { HoursTab } from './hours-tab.js';
import { MonthTab } from './month-tab.js';
import { YearsTab } from './years-tab.js';

/**
 * 工作日历: the month view, the year notices (and entering next year's), the center's local
 * closures, its service hours, and a deadline calculator for the window. Everyone on staff reads
 * it; the forms that change it (`form`) have their own addresses and need calendar.manage.
 */
export function CalendarPage({ tab, form }: { tab: CalendarTab; form?: 'import' | 'new' | 'edit' }) {
  const { t } = useI18n();
  const { me } = useMe();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [centerParam, setCenterParam] = useSearchParam('center');
  const centers = useResource(() => orgApi.centers(), 'calendar-centers');

  if (centers.error) return <LoadFailure error={centers.error} home={CONSOLE} onRetry={centers.reload} />;
  const choices = centers.data ?? [];
  const centerId = centerParam && choices.some((c) => c.id === centerParam) ? centerParam : me.centerId;
  const centerName = choices.find((c) => c.id === centerId)?.name ?? '';
  const byCenter = tab !== 'years';

  const content = (key: CalendarTab) => {
    if (key !== tab) return null;
    switch (key) {
      case 'month':
        return <MonthTab centerId={centerId} />;
      case 'years':
        return <YearsTab importing={form === 'import'} />;
      case 'closures':
        return <ClosuresTab centerId={centerId} centerName={centerName} adding={form === 'new'} />;
      case 'hours':
        return <HoursTab centerId={centerId} centerName={centerName} editing={form === 'edit'} />;
      case 'calculator':
        return <CalculatorTab key={centerId} centerId={centerId} centerName={centerName} />;
    }
  };

  return (
    <Page
      title={t.menu.calendar}
      hint={t.pageHints.calendar}
      extra={
        byCenter ? (
          <Space>
            <Typography.Text type="secondary">{t.calendar.center}</Typography.Text>
            <Select
              className="ow-filter"
              aria-label={t.calendar.center}
              value={choices.length > 0 ? centerId : undefined}
              loading={centers.loading}
              onChange={(id: string) => setCenterParam(id === me.centerId ? undefined : id)}
              options={choices.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))}
              popupMatchSelectWidth={false}
            />
          </Space>
        ) : null
      }
    >
      <Tabs
        className="ow-calendar-tabs"
        activeKey={tab}
        onChange={(key) => navigate({ pathname: calendarPath(key as CalendarTab), search })}
        items={CALENDAR_TABS.map((key) => ({ key, label: t.calendar.tabs[key], children: content(key) }))}
      />
    </Page>
  );
}
