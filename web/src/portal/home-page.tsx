import { Button, Result, Skeleton, Typography } from 'antd';
import { useI18n } from '../shared/i18n/index.js';
import { GuideEntrySection } from './catalog/guide-entry-section.js';
import { CenterHero } from './center-hero.js';
import { DepartmentsSection } from './departments-section.js';
import { NetworkSection } from './network-section.js';
import { ProgressEntrySection } from './progress/progress-entry-section.js';
import { usePublicCenter } from './portal-layout.js';
import { WindowsSection } from './windows-section.js';

/** The portal's home: the center, the way in to its service guides, its departments and windows, and the service points near the people. */
export function PortalHome() {
  const { t } = useI18n();
  const overview = usePublicCenter();

  if (overview.error) {
    return (
      <Result
        status="warning"
        title={t.portal.unavailableTitle}
        subTitle={overview.error.message}
        extra={<Button onClick={overview.reload}>{t.common.retry}</Button>}
      />
    );
  }
  if (!overview.data) {
    return (
      <div className="ow-portal-section">
        <Typography.Text type="secondary">{t.common.loading}</Typography.Text>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  const { center, departments, windows, centers } = overview.data;
  const activeDepartments = departments.filter((d) => d.active);
  const activeWindows = windows.filter((w) => w.active);
  return (
    <>
      <CenterHero center={center} departments={activeDepartments.length} windows={activeWindows.length} />
      <GuideEntrySection />
      <ProgressEntrySection />
      <DepartmentsSection departments={activeDepartments} windows={activeWindows} />
      <WindowsSection windows={activeWindows} departments={activeDepartments} />
      <NetworkSection root={center} centers={centers.filter((c) => c.active)} />
    </>
  );
}
