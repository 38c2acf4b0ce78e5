import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../shared/i18n/index.js';
import { BAD_RATING_REASON_MIN, isSatisfied, type PadCurrent, type RatingLevel } from '../shared/progress-labels.js';
import { LevelButtons } from '../portal/rating/level-buttons.js';
import { ReasonInput } from '../portal/rating/reason-input.js';

type Served = NonNullable<PadCurrent['case']>;

/** The case just served, and the five levels; a 差评 asks for the reason before it is sent. */
export function PadRating({ served, onRate, error }: { served: Served; onRate: (level: RatingLevel, comment?: string) => Promise<void>; error?: string | undefined }) {
  const { t } = useI18n();
  const p = t.rating.pad;
  const [bad, setBad] = useState<RatingLevel | null>(null);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const send = async (level: RatingLevel, comment?: string) => {
    setSending(true);
    try {
      await onRate(level, comment);
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="ow-pad-rating">
      <dl className="ow-pad-case">
        <div>
          <dt>{p.item}</dt>
          <dd className="ow-pad-item">{served.itemName}</dd>
        </div>
        <div>
          <dt>{p.caseNo}</dt>
          <dd>{served.caseNo}</dd>
        </div>
        <div>
          <dt>{p.applicant}</dt>
          <dd>{served.applicantName}</dd>
        </div>
        {served.clerkName ? (
          <div>
            <dt>{p.clerk}</dt>
            <dd>{served.clerkName}</dd>
          </div>
        ) : null}
      </dl>
      {error ? <Alert type="error" showIcon className="ow-pad-error" title={error} /> : null}
      {bad === null ? (
        <>
          <h1 className="ow-pad-question">{p.question}</h1>
          <LevelButtons variant="pad" disabled={sending} onChange={(level) => (isSatisfied(level) ? void send(level) : setBad(level))} />
        </>
      ) : (
        <div className="ow-pad-reason">
          <h1 className="ow-pad-question">{p.reasonTitle}</h1>
          <ReasonInput large value={reason} onChange={setReason} placeholder={p.reasonOther} />
          <div className="ow-pad-reason-actions">
            <Button size="large" onClick={() => setBad(null)}>
              {p.back}
            </Button>
            <Button type="primary" size="large" loading={sending} disabled={reason.trim().length < BAD_RATING_REASON_MIN} onClick={() => void send(bad, reason.trim())}>
              {p.submitReason}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
