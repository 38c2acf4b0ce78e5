import { Alert, Card, Skeleton } from 'antd';
import { AnnouncementEntries } from '../../shared/announcement-entries.js';
import { AnnouncementFigures } from '../../shared/announcement-figures.js';
import type { CleanupRound } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useResource } from '../../shared/use-resource.js';
import { catalogApi } from './catalog-api.js';

/**
 * A round's announcement: for an approved round, as published; for a draft, the preview computed on
 * today's catalog, or every reason why the draft would no longer apply.
 */
export function RoundAnnouncement({ round }: { round: CleanupRound }) {
  const { t } = useI18n();
  const c = t.catalog.cleanup;
  const preview = useResource(() => (round.announcement ? Promise.resolve(round.announcement) : catalogApi.announcement(round.id)), `${round.id}-${round.updatedAt}`);
  const announcement = round.announcement ?? preview.data;
  return (
    <Card type="inner" title={round.status === 'approved' ? t.catalog.portal.announcements : c.preview} className="ow-round-card" extra={round.status === 'draft' ? <span className="ow-cell-note">{c.previewHint}</span> : null}>
      {preview.error ? (
        <Alert
          type="error"
          showIcon
          title={preview.error.issues.length > 0 ? c.announcementProblems : preview.error.message}
          description={
            preview.error.issues.length > 0 ? (
              <ul className="ow-lines">
                {preview.error.issues.map((issue, i) => (
                  <li key={i}>{issue.message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      {!announcement && !preview.error ? <Skeleton active /> : null}
      {announcement ? (
        <>
          <AnnouncementFigures announcement={announcement} />
          <div className="ow-round-entries">
            <AnnouncementEntries entries={announcement.entries} />
          </div>
        </>
      ) : null}
    </Card>
  );
}
