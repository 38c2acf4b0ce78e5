import { Alert, Button, Descriptions, Steps, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { StateTag, STATE_COLORS } from '../../shared/case-state-tag.js';
import { chinaDate, chinaTime, STATE_LABELS, STEP_KEYS, stepBar, type Progress } from '../../shared/progress-labels.js';
import { usePublicCenter } from '../portal-layout.js';
import { PROGRESS_PATHS } from './progress-api.js';


/** One case as its applicant sees it: step bar, dates, expected completion, masked applicant, rating. */
export function ProgressResult({ progress, code }: { progress: Progress; code: string }) {
  const { t, locale } = useI18n();
  const p = t.rating.progress;
  const center = usePublicCenter();
  const department = center.data?.departments.find((d) => d.id === progress.departmentId)?.name;
  const bar = stepBar(progress);
  const stateName = (state: string) => STATE_LABELS[state]?.[locale] ?? state;
  const applicant = progress.applicant;

  return (
    <div className="ow-progress-card">
      <div className="ow-progress-head">
        <div>
          <div className="ow-progress-item">{progress.itemName}</div>
          <div className="ow-progress-no">
            {p.caseNo} {progress.caseNo}
          </div>
        </div>
        <StateTag state={progress.state} className="ow-progress-state" />
      </div>

      <Steps
        className="ow-progress-steps"
        size="small"
        current={bar.current}
        status={bar.status}
        items={STEP_KEYS.map((key, index) => ({
          title: index === bar.current && bar.special ? (p.special[bar.special] ?? stateName(bar.special)) : p.steps[key],
          description: bar.reachedAt[key] ? chinaDate(bar.reachedAt[key]) : undefined,
        }))}
      />

      {progress.canRate ? (
        <Alert
          type="success"
          showIcon
          className="ow-progress-rate"
          title={p.rateHint}
          action={
            <Link to={PROGRESS_PATHS.rate(progress.caseNo, code)}>
              <Button type="primary">{p.rateNow}</Button>
            </Link>
          }
        />
      ) : progress.rated ? (
        <Alert type="info" showIcon className="ow-progress-rate" title={p.rated} />
      ) : null}

      <Descriptions column={1} size="small" bordered className="ow-progress-facts">
        <Descriptions.Item label={p.item}>{progress.itemName}</Descriptions.Item>
        {department ? <Descriptions.Item label={t.common.department}>{department}</Descriptions.Item> : null}
        <Descriptions.Item label={p.state}>{stateName(progress.state)}</Descriptions.Item>
        <Descriptions.Item label={p.applicant}>{applicant.name}</Descriptions.Item>
        {'idNumber' in applicant ? <Descriptions.Item label={p.idNumber}>{applicant.idNumber}</Descriptions.Item> : null}
        {'creditCode' in applicant ? <Descriptions.Item label={p.creditCode}>{applicant.creditCode}</Descriptions.Item> : null}
        <Descriptions.Item label={p.phone}>{applicant.phone}</Descriptions.Item>
        <Descriptions.Item label={p.receivedOn}>{progress.receivedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={p.acceptedOn}>{progress.acceptedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={p.expectedCompletion}>
          <Typography.Text strong>{progress.expectedCompletion ?? p.expectedNone}</Typography.Text>
        </Descriptions.Item>
        {progress.completedOn ? <Descriptions.Item label={p.completedOn}>{progress.completedOn}</Descriptions.Item> : null}
        {progress.decision ? <Descriptions.Item label={p.decision}>{p.decisions[progress.decision] ?? progress.decision}</Descriptions.Item> : null}
      </Descriptions>
      <Typography.Paragraph type="secondary" className="ow-progress-masked">
        {p.masked}
      </Typography.Paragraph>

      <h2 className="ow-progress-subheading">{p.timeline}</h2>
      <Timeline
        items={[...progress.timeline].reverse().map((entry) => ({
          color: STATE_COLORS[entry.state] ?? 'blue',
          children: (
            <>
              <div className="ow-progress-event">{stateName(entry.state)}</div>
              <div className="ow-progress-event-time">{chinaTime(entry.at)}</div>
            </>
          ),
        }))}
      />
    </div>
  );
}
