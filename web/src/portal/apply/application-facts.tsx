import { Descriptions } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';
import type { ApplicationSummary } from './online-api.js';
import { StateTag } from '../../shared/case-state-tag.js';

/** State, case number, query code, expected completion date of an application (one column on a phone). */
export function ApplicationFacts({ application }: { application: ApplicationSummary }) {
  const { t } = useI18n();
  const p = t.online.apply;
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 2 }} className="ow-apply-card">
      <Descriptions.Item label={p.state}>
        <StateTag state={application.state} />
      </Descriptions.Item>
      <Descriptions.Item label={p.caseNo}>{application.caseNo ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={p.queryCode}>{application.queryCode ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={p.expectedCompletion}>{application.expectedCompletion ?? (application.caseNo ? p.notYet : '—')}</Descriptions.Item>
    </Descriptions>
  );
}
