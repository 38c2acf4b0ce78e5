import { Alert, Button, Descriptions, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { catalogApi } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';
import { RoundAnnouncement } from './round-announcement.js';
import { RoundApproveForm } from './round-approve-form.js';
import { RoundForm } from './round-form.js';
import './catalog.css';

const at = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

/**
 * One cleanup round: what it proposes and its announcement (a preview while a draft). Admins change
 * the draft (…/edit) and approve it with the document number (…/approve), which applies it.
 */
export function RoundPage({ form }: { form?: 'edit' | 'approve' }) {
  const { t } = useI18n();
  const c = t.catalog.cleanup;
  const { can } = useMe();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const round = useResource(() => catalogApi.round(id), id);
  const lookups = useResource(
    () => (form === 'edit' ? Promise.all([catalogApi.allItems(), orgApi.departments(), orgApi.windows()]) : Promise.resolve(null)),
    `round-lookups-${form ?? ''}`,
  );
  const manage = can('catalog.manage');

  if (round.error) return <LoadFailure error={round.error} home={CATALOG_PATHS.cleanup()} onRetry={round.reload} />;
  const r = round.data;
  const draft = r?.status === 'draft';
  const [items, departments, windows] = lookups.data ?? [];

  return (
    <Page
      title={r?.title ?? t.common.loading}
      hint={t.pageHints.catalogCleanup}
      extra={
        <Space wrap>
          {r ? <Tag color={draft ? 'orange' : 'green'}>{c.status[r.status]}</Tag> : null}
          <Button onClick={() => navigate(CATALOG_PATHS.cleanup())}>{t.menu.catalogCleanup}</Button>
          {manage && draft ? <Button onClick={() => navigate(CATALOG_PATHS.editRound(id))}>{c.editDraft}</Button> : null}
          {manage && draft ? (
            <Button type="primary" onClick={() => navigate(CATALOG_PATHS.approveRound(id))}>
              {c.approve}
            </Button>
          ) : null}
        </Space>
      }
    >
      {r ? (
        <>
          {r.status === 'approved' ? <Alert type="success" showIcon className="ow-form-alert" title={c.approvedRound} /> : null}
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, md: 2, xl: 4 }}
            items={[
              { key: 'doc', label: c.documentNo, children: r.documentNo || '—' },
              { key: 'count', label: c.proposals, children: c.proposalCount(r.proposals.length) },
              { key: 'by', label: c.createdBy, children: `${r.createdBy} · ${at(r.createdAt)}` },
              { key: 'approved', label: c.approvedAt, children: r.approvedBy ? `${r.approvedBy} · ${at(r.approvedAt)}` : '—' },
            ]}
          />
          <RoundAnnouncement round={r} />
          {form === 'edit' && manage && draft && items && departments && windows ? (
            <RoundForm
              editing={r}
              lookups={{ items, departments, windows }}
              onClose={() => navigate(CATALOG_PATHS.round(id))}
              onSaved={() => {
                round.reload();
                navigate(CATALOG_PATHS.round(id));
              }}
            />
          ) : null}
          {form === 'approve' && manage && draft ? (
            <RoundApproveForm round={r} onClose={() => navigate(CATALOG_PATHS.round(id))} onSaved={round.reload} />
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
