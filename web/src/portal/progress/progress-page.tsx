import { Alert, Button, Skeleton, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { progressApi } from './progress-api.js';
import { ProgressForm } from './progress-form.js';
import { ProgressResult } from './progress-result.js';
import './progress.css';

/**
 * 办件进度查询: case number and query code typed in, or read from the address (the QR code on
 * receipts and result notices points to /progress?caseNo=…&code=…), then the case, masked.
 */
export function ProgressPage() {
  const { t } = useI18n();
  const p = t.rating.progress;
  useDocumentTitle(p.title);
  const [params, setParams] = useSearchParams();
  const caseNo = params.get('caseNo')?.trim() ?? '';
  const code = params.get('code')?.trim() ?? '';
  const asked = caseNo !== '' && code !== '';
  const result = useResource(() => (asked ? progressApi.progress(caseNo, code) : Promise.resolve(null)), `${caseNo}|${code}`);
  const shown = asked && result.data && !result.loading ? result.data : null;

  return (
    <div className="ow-portal-section ow-progress">
      <h1 className="ow-section-heading">{p.title}</h1>
      {shown ? (
        <>
          <ProgressResult progress={shown} code={code} />
          <Button block size="large" className="ow-progress-again" onClick={() => setParams({})}>
            {p.again}
          </Button>
        </>
      ) : (
        <div className="ow-progress-card">
          <Typography.Paragraph type="secondary">{p.intro}</Typography.Paragraph>
          {asked && result.error ? <Alert type="error" showIcon className="ow-progress-error" title={result.error.message} /> : null}
          {asked && result.loading && !result.error ? <Skeleton active paragraph={{ rows: 3 }} /> : null}
          <ProgressForm key={`${caseNo}|${code}`} initial={{ caseNo, code }} loading={asked && result.loading} onSearch={(q) => setParams({ caseNo: q.caseNo, code: q.code })} />
        </div>
      )}
    </div>
  );
}
