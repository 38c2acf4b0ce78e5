import { Button, Card, Empty, List, Skeleton, Typography } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { DRAFT_KEEP_DAYS } from '../../shared/progress-labels.js';
import { LoadFailure } from '../../shared/results.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { RequireApplicant, useApplicantSession } from '../account/applicant-session.js';
import { PORTAL_PATHS } from '../catalog/portal-catalog-api.js';
import { ApplicationFacts } from './application-facts.js';
import { onlineApi, PORTAL_ACCOUNT_PATHS } from './online-api.js';
import './apply.css';

/** 我的办件 (/my/applications): the applicant's drafts and cases with state, case number, query code and expected completion. */
export function MyApplicationsPage() {
  return <RequireApplicant>{() => <MyApplications />}</RequireApplicant>;
}

function MyApplications() {
  const { t } = useI18n();
  const p = t.online.apply;
  const { signOut } = useApplicantSession();
  useDocumentTitle(t.online.account.myApplications);
  const data = useResource(() => onlineApi.mine(), 'mine');
  if (data.error) return <div className="ow-portal-section"><LoadFailure error={data.error} home="/" onRetry={data.reload} /></div>;
  return (
    <div className="ow-portal-section ow-apply">
      <div className="ow-mine-head">
        <Typography.Title level={3} className="ow-apply-title">
          {t.online.account.myApplications}
        </Typography.Title>
        <Button onClick={() => void signOut()}>{t.online.account.signOut}</Button>
      </div>
      {!data.data ? (
        <Skeleton active />
      ) : data.data.items.length === 0 ? (
        <Empty description={p.empty}>
          <Link to={PORTAL_PATHS.guides}>
            <Button type="primary">{p.findItems}</Button>
          </Link>
        </Empty>
      ) : (
        <>
          {data.data.items.some((a) => a.state === 'draft') && (
            <Typography.Paragraph type="secondary">{p.draftsKept(DRAFT_KEEP_DAYS)}</Typography.Paragraph>
          )}
          <List
            dataSource={data.data.items}
            rowKey="id"
            renderItem={(a) => (
              <Card
                size="small"
                className="ow-apply-card ow-mine-card"
                title={<Link to={PORTAL_ACCOUNT_PATHS.application(a.id)}>{a.itemName}</Link>}
                extra={<Link to={PORTAL_ACCOUNT_PATHS.application(a.id)}>{a.state === 'draft' || a.state === 'correction' ? p.continue : p.view}</Link>}
              >
                <ApplicationFacts application={a} />
                <Typography.Text type="secondary">
                  {a.submittedAt ? t.common.labelled(p.submittedAt, chinaTime(a.submittedAt)) : t.common.labelled(p.createdAt, chinaTime(a.createdAt))}
                </Typography.Text>
              </Card>
            )}
          />
        </>
      )}
    </div>
  );
}
