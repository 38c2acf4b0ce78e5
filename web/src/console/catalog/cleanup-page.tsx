import { Button, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router-dom';
import type { RoundSummary } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { CONSOLE } from '../nav.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { catalogApi } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';
import { RoundForm } from './round-form.js';
import './catalog.css';
import { RecordTable } from '../components/record-table.js';

/** 事项清理: the cleanup rounds, drafts and approved ones; admins start a new round (…/new). */
export function CleanupPage({ form }: { form?: 'new' }) {
  const { t } = useI18n();
  const c = t.catalog.cleanup;
  const { can } = useMe();
  const navigate = useNavigate();
  const rounds = useResource(() => catalogApi.rounds(), 'rounds');
  const lookups = useResource(() => (form ? Promise.all([catalogApi.allItems(), orgApi.departments(), orgApi.windows()]) : Promise.resolve(null)), `cleanup-lookups-${form ?? ''}`);
  const manage = can('catalog.manage');

  if (rounds.error) return <LoadFailure error={rounds.error} home={CONSOLE} onRetry={rounds.reload} />;
  const [items, departments, windows] = lookups.data ?? [];

  const columns: TableColumnsType<RoundSummary> = [
    { title: c.title, dataIndex: 'title', render: (title: string, r) => <Link to={CATALOG_PATHS.round(r.id)}>{title}</Link> },
    { title: t.common.status, dataIndex: 'status', render: (s: RoundSummary['status']) => <Tag color={s === 'draft' ? 'orange' : 'green'}>{c.status[s]}</Tag> },
    { title: c.documentNo, dataIndex: 'documentNo', render: (d: string | null) => d ?? '—' },
    { title: c.proposals, dataIndex: 'proposalCount', align: 'center' },
    { title: c.createdBy, dataIndex: 'createdBy', responsive: ['md'], render: (by: string, r) => `${by} · ${dayjs(r.createdAt).format('YYYY-MM-DD')}` },
    { title: c.approvedAt, dataIndex: 'approvedAt', render: (a: string | null) => (a ? dayjs(a).format('YYYY-MM-DD HH:mm') : '—') },
    {
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, r) => (
        <Button type="link" size="small" onClick={() => navigate(CATALOG_PATHS.round(r.id))}>
          {c.view}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t.menu.catalogCleanup}
      hint={t.pageHints.catalogCleanup}
      extra={
        manage ? (
          <Button type="primary" onClick={() => navigate(CATALOG_PATHS.newRound())}>
            {c.add}
          </Button>
        ) : null
      }
    >
      <RecordTable<RoundSummary>
        rows={[...(rounds.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt))}
        loading={rounds.loading}
        columns={columns}
      />
      {form === 'new' && items && departments && windows ? (
        <RoundForm editing={null} lookups={{ items, departments, windows }} onClose={() => navigate(CATALOG_PATHS.cleanup())} onSaved={(round) => navigate(CATALOG_PATHS.round(round.id))} />
      ) : null}
    </Page>
  );
}
