import { Card, Col, Row, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { useMe } from '../session.js';
import { CaseActions } from './case-actions.js';
import { CaseBill } from './case-bill.js';
import { CaseDocuments } from './case-documents.js';
import { CaseClock, CaseHeader, CaseMaterials } from './case-overview.js';
import { CaseTimeline } from './case-timeline.js';
import { casesApi } from './cases-api.js';
import { useCasesText } from './cases-text.js';

/** 办件详情: head, clock, actions, documents, bill, materials and the timeline of one case. */
export function CasePage() {
  const { c } = useCasesText();
  const { can } = useMe();
  const { id = '' } = useParams();
  const loaded = useResource(async () => {
    const [detail, allowed, documents] = await Promise.all([casesApi.detail(id), casesApi.allowedActions(id), casesApi.documents(id)]);
    return { detail, allowed: allowed.actions, documents: documents.items };
  }, id);

  if (loaded.error) return <LoadFailure error={loaded.error} home={CONSOLE} onRetry={loaded.reload} />;
  if (!loaded.data) return <Card loading />;
  const { detail, allowed, documents } = loaded.data;

  return (
    <div className="ow-page ow-case-page" data-testid="case-page">
      <div className="ow-page-head">
        <Typography.Title level={4} className="ow-page-title">
          {detail.itemName}
        </Typography.Title>
      </div>
      <Card className="ow-case-card">
        <CaseHeader detail={detail} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={c.actions.title} size="small" className="ow-case-card">
            <CaseActions detail={detail} allowed={allowed} onDone={loaded.reload} />
          </Card>
          <Card title={c.detail.materials} size="small" className="ow-case-card">
            <CaseMaterials detail={detail} />
          </Card>
          <Card title={c.detail.timeline} size="small" className="ow-case-card">
            <CaseTimeline detail={detail} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title={c.detail.clock} size="small" className="ow-case-card">
            <CaseClock detail={detail} />
          </Card>
          <Card title={c.detail.documents} size="small" className="ow-case-card">
            <CaseDocuments caseId={detail.id} documents={documents} />
          </Card>
          <Card title={c.bill.title} size="small" className="ow-case-card">
            <CaseBill caseId={detail.id} canHandle={can('case.handle')} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
