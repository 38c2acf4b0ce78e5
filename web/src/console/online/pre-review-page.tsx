import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { StateTag } from '../../shared/case-state-tag.js';
import { Page } from '../components/page.js';
import { CONSOLE } from '../nav.js';
import { preReviewApi, type QueuedApplication } from './pre-review-api.js';
import { ReturnForm } from './return-form.js';
import './pre-review.css';

/** 网上预审 (/console/online/pre-review): submitted online applications with their files; pass or return. */
export function PreReviewPage() {
  const { t } = useI18n();
  const p = t.online.preReview;
  const { message } = App.useApp();
  useDocumentTitle(p.title);
  const data = useResource(() => preReviewApi.queue(), 'pre-review');
  const [returning, setReturning] = useState<QueuedApplication | null>(null);

  const pass = async (a: QueuedApplication) => {
    try {
      const result = await preReviewApi.pass(a.id, a.version);
      void message.success(p.passed(result.caseNo));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
    data.reload();
  };

  if (data.error) return <LoadFailure error={data.error} home={CONSOLE} onRetry={data.reload} />;
  return (
    <Page title={p.title} hint={t.pageHints.onlinePreReview} extra={<Button onClick={data.reload}>{t.common.refresh}</Button>}>
      <Table<QueuedApplication>
        rowKey="id"
        loading={data.loading}
        dataSource={data.data?.items ?? []}
        locale={{ emptyText: p.empty }}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t.online.apply.caseNo, dataIndex: 'caseNo', width: 230, render: (v: string, a) => <Space orientation="vertical" size={0}><span>{v}</span><StateTag state={a.state} /></Space> },
          { title: p.item, dataIndex: 'itemName', width: 160 },
          { title: p.applicant, key: 'applicant', width: 180, render: (_, a) => `${a.applicant.name} · ${a.applicant.phone}` },
          {
            title: p.files,
            key: 'files',
            render: (_, a) => (
              <ul className="ow-prereview-files">
                {a.uploads.map((u) => (
                  <li key={u.id}>
                    <span className="ow-prereview-material">{u.material}</span>
                    <a href={preReviewApi.fileUrl(a.id, u.id)} target="_blank" rel="noreferrer">
                      {u.fileName}
                    </a>
                  </li>
                ))}
              </ul>
            ),
          },
          {
            title: t.common.actions,
            key: 'actions',
            width: 150,
            render: (_, a) => (
              <Space>
                <Popconfirm title={p.passConfirm} onConfirm={() => pass(a)}>
                  <Button type="primary" size="small">
                    {p.pass}
                  </Button>
                </Popconfirm>
                <Button size="small" danger onClick={() => setReturning(a)}>
                  {p.returnAction}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {returning ? (
        <ReturnForm
          application={returning}
          onClose={() => setReturning(null)}
          onDone={() => {
            setReturning(null);
            void message.success(p.returned);
            data.reload();
          }}
        />
      ) : null}
    </Page>
  );
}
