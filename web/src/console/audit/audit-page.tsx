import { Alert, App, Button, Input, Select, Space, Table, type TableColumnsType } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import { useState } from 'react';
import { api, ApiError } from '../../shared/api.js';
import type { AuditEvent, AuditVerification } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { CONSOLE } from '../nav.js';
import { AuditChanges, summaryOf } from './audit-changes.js';
import { useAuditEvents } from './use-audit-events.js';

/** 审计日志: the hash-chained record of every change, with a check that the chain is intact. */
export function AuditPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [entityType, setEntityType] = useSearchParam('type');
  const [entityId, setEntityId] = useSearchParam('id');
  const events = useAuditEvents({ ...(entityType ? { entityType } : {}), ...(entityId ? { entityId } : {}) });
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  if (events.error) return <LoadFailure error={events.error} home={CONSOLE} onRetry={events.reload} />;

  const verify = async () => {
    setVerifying(true);
    try {
      setVerification(await api.get<AuditVerification>('/api/audit/verify'));
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    } finally {
      setVerifying(false);
    }
  };

  const actionLabel = (action: string) => t.audit.actions[action.slice(action.indexOf('.') + 1)] ?? action;

  const columns: TableColumnsType<AuditEvent> = [
    { title: t.audit.seq, dataIndex: 'seq', width: 80, className: 'ow-mono' },
    { title: t.audit.at, dataIndex: 'at', width: 190, render: (at: string) => chinaTime(at, { seconds: true }) },
    { title: t.audit.actor, dataIndex: 'actorName' },
    { title: t.audit.action, dataIndex: 'action', render: (action: string) => <span title={action}>{actionLabel(action)}</span> },
    { title: t.audit.entity, dataIndex: 'entityType', responsive: ['md'], render: (type: string) => t.audit.entityTypes[type] ?? type },
    { title: t.audit.summary, key: 'summary', render: (_: unknown, e) => summaryOf(e) },
  ];

  return (
    <Page
      title={t.menu.audit}
      hint={t.pageHints.audit}
      extra={
        <Button onClick={verify} loading={verifying}>
          {t.audit.verify}
        </Button>
      }
      toolbar={
        <Space wrap>
          <Select
            className="ow-filter"
            allowClear
            placeholder={t.audit.anyEntity}
            value={entityType}
            onChange={(v: string | undefined) => setEntityType(v)}
            options={Object.entries(t.audit.entityTypes).map(([value, label]) => ({ value, label }))}
          />
          <Input.Search className="ow-filter" allowClear placeholder={t.audit.entityId} defaultValue={entityId} onSearch={(v) => setEntityId(v.trim() || undefined)} />
          <Button onClick={events.reload}>{t.common.refresh}</Button>
        </Space>
      }
    >
      {verification ? (
        <Alert
          className="ow-form-alert"
          showIcon
          type={verification.ok ? 'success' : 'error'}
          title={verification.ok ? t.audit.verifyOk(verification.records) : t.audit.verifyBroken(verification.records)}
          closable={{ onClose: () => setVerification(null) }}
        />
      ) : null}
      <Table<AuditEvent>
        rowKey="seq"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={events.loading}
        columns={columns}
        dataSource={events.items}
        pagination={false}
        expandable={{ expandedRowRender: (e) => <AuditChanges event={e} />, rowExpandable: (e) => e.before !== null || e.after !== null }}
      />
      {events.hasMore ? (
        <div className="ow-more">
          <Button onClick={() => void events.more()} loading={events.loading}>
            {t.audit.more}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
