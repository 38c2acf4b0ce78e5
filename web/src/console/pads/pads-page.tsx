import { Button, Popconfirm, Tag, Typography, type TableColumnsType } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n/index.js';
import type { PadView } from '../../shared/progress-labels.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { RecordTable } from '../components/record-table.js';
import { CONSOLE } from '../nav.js';
import { orgApi } from '../org/org-api.js';
import { PairPadModal } from './pair-pad-modal.js';
import { padsApi } from './pads-api.js';

/** 评价器: the rating pads paired with windows; pair a new one, or revoke one (its link stops working). */
export function PadsPage() {
  const { t } = useI18n();
  const p = t.rating.pads;
  const data = useResource(() => Promise.all([padsApi.list(), orgApi.windows()]), 'rating-pads');
  const [pairing, setPairing] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);
  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  const [pads = [], windows = []] = data.data ?? [];
  const time = (at: string | null) => (at ? chinaTime(at) : null);

  const revoke = async (id: string) => {
    setRevoking(id);
    try {
      await padsApi.revoke(id);
      data.reload();
    } finally {
      setRevoking(null);
    }
  };

  const columns: TableColumnsType<PadView> = [
    { title: p.window, dataIndex: 'windowNumber', width: 220, render: (n: string, pad) => <><Typography.Text strong>{n}</Typography.Text> {pad.windowName}</> },
    { title: p.label, dataIndex: 'label' },
    { title: p.createdAt, dataIndex: 'createdAt', responsive: ['md'], render: time },
    { title: p.lastSeen, dataIndex: 'lastSeenAt', render: (at: string | null) => time(at) ?? <Typography.Text type="secondary">{p.never}</Typography.Text> },
    { title: p.status, dataIndex: 'revokedAt', render: (at: string | null) => (at ? <Tag>{p.revoked}</Tag> : <Tag color="green">{p.inUse}</Tag>) },
    {
      title: t.common.actions,
      key: 'actions',
      render: (_: unknown, pad) =>
        pad.revokedAt ? null : (
          <Popconfirm title={p.revokeConfirm} onConfirm={() => revoke(pad.id)}>
            <Button type="link" size="small" danger loading={revoking === pad.id}>
              {p.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Page
      title={t.menu.ratingPads}
      hint={t.pageHints.ratingPads}
      extra={
        <Button type="primary" onClick={() => setPairing(true)}>
          {p.add}
        </Button>
      }
    >
      <RecordTable<PadView> rows={pads} inactive={(pad) => Boolean(pad.revokedAt)} loading={data.loading} columns={columns} />
      {pairing ? <PairPadModal windows={windows} onClose={() => setPairing(false)} onPaired={data.reload} /> : null}
    </Page>
  );
}
