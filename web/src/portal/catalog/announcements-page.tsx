import { Empty, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { AnnouncementEntries } from '../../shared/announcement-entries.js';
import { AnnouncementFigures } from '../../shared/announcement-figures.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import './guide.css';
import { portalCatalogApi } from './portal-catalog-api.js';

/** 事项清理公告 (/announcements): every approved cleanup round, newest first, with before/after figures. */
export function AnnouncementsPage() {
  const { t } = useI18n();
  const p = t.catalog.portal;
  const a = t.catalog.announcement;
  const list = useResource(() => portalCatalogApi.announcements(), 'announcements');
  useDocumentTitle(p.announcements);

  return (
    <div className="ow-portal-section">
      <nav className="ow-crumbs" aria-label={p.crumbs}>
        <Link to="/">{p.home}</Link>
      </nav>
      <h1 className="ow-page-heading">{p.announcements}</h1>
      <p className="ow-section-hint">{p.announcementsHint}</p>
      {list.error ? <LoadFailure error={list.error} home="/" onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Skeleton active /> : null}
      {list.data?.length === 0 ? <Empty description={p.noAnnouncements} /> : null}
      {(list.data ?? []).map((announcement) => (
        <article key={announcement.roundId} className="ow-announcement">
          <h2>{announcement.title}</h2>
          <div className="ow-announcement-meta">
            <span>{a.documentNo(announcement.documentNo)}</span>
            {announcement.approvedAt ? <span>{a.approvedOn(dayjs(announcement.approvedAt).format('YYYY-MM-DD'))}</span> : null}
          </div>
          <AnnouncementFigures announcement={announcement} />
          <h3>{a.entries}</h3>
          <AnnouncementEntries entries={announcement.entries} list />
        </article>
      ))}
    </div>
  );
}
