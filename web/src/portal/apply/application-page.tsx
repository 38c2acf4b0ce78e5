import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LoadFailure } from '../../shared/results.js';
import { MEGABYTE } from '../../shared/file-size.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { RequireApplicant } from '../account/applicant-session.js';
import { ApplicationFacts } from './application-facts.js';
import { MaterialSlot } from './material-slot.js';
import { onlineApi, PORTAL_ACCOUNT_PATHS, type Application } from './online-api.js';
import './apply.css';

/** /my/applications/:id — the application form: applicant from the account, one upload slot per material, submit. */
export function ApplicationPage() {
  return <RequireApplicant>{() => <ApplicationForm />}</RequireApplicant>;
}

function ApplicantCard({ application }: { application: Application }) {
  const { t } = useI18n();
  const a = t.online.account;
  const applicant = application.applicant;
  return (
    <Card size="small" title={t.online.apply.applicant} className="ow-apply-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={a.name[applicant.type]}>{applicant.name}</Descriptions.Item>
        {applicant.type === 'person' ? (
          <Descriptions.Item label={a.idNumber}>{applicant.idNumber}</Descriptions.Item>
        ) : (
          <>
            <Descriptions.Item label={a.creditCode}>{applicant.creditCode}</Descriptions.Item>
            <Descriptions.Item label={a.legalRepresentative}>{applicant.legalRepresentative}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={a.phone}>{applicant.phone}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">{t.online.apply.applicantNote}</Typography.Text>
    </Card>
  );
}

function ApplicationForm() {
  const { t } = useI18n();
  const p = t.online.apply;
  const { modal } = App.useApp();
  const { id = '' } = useParams();
  const data = useResource(() => onlineApi.get(id), id);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  /** One key per page: a retried or repeated submit gives the same case. */
  const key = useMemo(() => `web-${crypto.randomUUID()}`, []);
  useDocumentTitle(data.data ? `${p.title} · ${data.data.itemName}` : p.title);

  if (data.error) return <div className="ow-portal-section"><LoadFailure error={data.error} home={PORTAL_ACCOUNT_PATHS.mine} onRetry={data.reload} /></div>;
  if (!data.data) return <div className="ow-portal-section"><Skeleton active paragraph={{ rows: 8 }} /></div>;
  const application = data.data;
  const editable = application.state === 'draft' || application.state === 'correction';
  const slotErrors = new Map((problem?.issues ?? []).map((i) => [Number(/^\/materials\/(\d+)/.exec(i.path)?.[1] ?? -1), i.message]));

  const send = (run: () => Promise<Application>) =>
    modal.confirm({
      title: application.state === 'draft' ? p.submit : p.resubmit,
      content: p.submitConfirm,
      onOk: async () => {
        setBusy(true);
        setProblem(null);
        try {
          await run();
          data.reload();
        } catch (e) {
          setProblem(e instanceof ApiError ? e : new ApiError(0, 'client', String(e)));
        } finally {
          setBusy(false);
        }
      },
    });

  return (
    <div className="ow-portal-section ow-apply">
      <nav className="ow-crumbs">
        <Link to={PORTAL_ACCOUNT_PATHS.mine}>{p.back}</Link>
      </nav>
      <Typography.Title level={3} className="ow-apply-title">
        {application.itemName}
      </Typography.Title>
      {application.state === 'submitted' ? <Result status="success" title={p.submittedTitle} subTitle={p.submittedBody} className="ow-apply-result" /> : null}
      <ApplicationFacts application={application} />
      {application.returned ? (
        <Alert
          type="warning"
          showIcon
          className="ow-apply-card"
          title={p.returnedTitle}
          description={
            <ul className="ow-apply-problems">
              {application.returned.problems.map((r, i) => (
                <li key={i}>
                  <b>{r.material}</b>
                  {t.common.colon}
                  {r.problem}
                </li>
              ))}
              {application.returned.note ? <li>{application.returned.note}</li> : null}
            </ul>
          }
        />
      ) : null}
      <ApplicantCard application={application} />
      <Card size="small" title={p.materials} className="ow-apply-card">
        {editable ? <Typography.Paragraph type="secondary">{p.materialsHint(application.uploadLimits.maxFileBytes / MEGABYTE, application.uploadLimits.maxFiles)}</Typography.Paragraph> : null}
        {application.materials.map((slot, i) => (
          <MaterialSlot key={slot.name} applicationId={application.id} slot={slot} maxFileBytes={application.uploadLimits.maxFileBytes} editable={editable} error={slotErrors.get(i)} onChange={data.reload} />
        ))}
      </Card>
      {problem ? <Alert type="error" showIcon role="alert" className="ow-apply-card" title={problem.message} /> : null}
      {editable ? (
        <Button
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => send(() => (application.state === 'draft' ? onlineApi.submit(application.id, key) : onlineApi.resubmit(application.id, application.version)))}
        >
          {application.state === 'draft' ? p.submit : p.resubmit}
        </Button>
      ) : null}
    </div>
  );
}
