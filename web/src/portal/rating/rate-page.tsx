import { Alert, Button, Result, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n/index.js';
import { BAD_RATING_REASON_MIN, isSatisfied, type RatingLevel } from '../../shared/progress-labels.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { PROGRESS_PATHS, progressApi } from '../progress/progress-api.js';
import '../progress/progress.css';
import { LevelButtons } from './level-buttons.js';
import { ReasonInput } from './reason-input.js';

/**
 * 好差评 on the portal (/rate?caseNo=…&code=…): five levels, a reason required for 不满意 and
 * 非常不满意 (the server insists too), once per case, after completion. `src=qr` marks a rating
 * reached by the QR code on the result notice.
 */
export function RatePage() {
  const { t } = useI18n();
  const r = t.rating.rate;
  useDocumentTitle(r.title);
  const [params] = useSearchParams();
  const caseNo = params.get('caseNo')?.trim() ?? '';
  const code = params.get('code')?.trim() ?? '';
  const progress = useResource(() => (caseNo && code ? progressApi.progress(caseNo, code) : Promise.resolve(null)), `${caseNo}|${code}`);
  const [level, setLevel] = useState<RatingLevel>();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState(false);
  const back = (
    <Link to={PROGRESS_PATHS.progress(caseNo, code)}>
      <Button size="large">{r.backToProgress}</Button>
    </Link>
  );

  const frame = (body: ReactNode) => (
    <div className="ow-portal-section ow-progress">
      <h1 className="ow-section-heading">{r.title}</h1>
      <div className="ow-progress-card">{body}</div>
    </div>
  );
  if (!caseNo || !code) return frame(<Alert type="warning" showIcon title={r.missing} />);
  if (progress.error) return frame(<Result status="warning" title={progress.error.message} extra={back} />);
  if (!progress.data) return frame(<Skeleton active paragraph={{ rows: 6 }} />);
  if (done) return frame(<Result status="success" title={r.thanksTitle} subTitle={r.thanksText} extra={back} />);
  if (progress.data.rated) return frame(<Result status="info" title={t.rating.progress.rated} extra={back} />);
  if (!progress.data.canRate) return frame(<Result status="info" title={r.notYet} extra={back} />);

  const bad = level !== undefined && !isSatisfied(level);
  const submit = async () => {
    if (level === undefined) return setProblem(r.pickLevel);
    if (bad && comment.trim().length < BAD_RATING_REASON_MIN) return setProblem(r.reasonMissing);
    setProblem(undefined);
    setSending(true);
    try {
      await progressApi.rate({ caseNo, queryCode: code, level, ...(comment.trim() ? { comment: comment.trim() } : {}), channel: params.get('src') === 'qr' ? 'qr' : 'portal' });
      setDone(true);
    } catch (error) {
      setProblem(error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : String(error));
    } finally {
      setSending(false);
    }
  };

  return frame(
    <>
      <div className="ow-rate-case">
        <Typography.Text strong>{progress.data.itemName}</Typography.Text>
        <div className="ow-progress-no">{progress.data.caseNo}</div>
      </div>
      <Typography.Paragraph type="secondary">{r.intro}</Typography.Paragraph>
      <div className="ow-rate-question">{r.question}</div>
      <LevelButtons value={level} onChange={(l) => (setLevel(l), setProblem(undefined))} />
      <div className="ow-rate-comment">
        <div className="ow-rate-comment-label">{bad ? r.commentRequired : r.commentOptional}</div>
        <ReasonInput value={comment} onChange={setComment} placeholder={bad ? r.commentRequired : r.commentOptional} />
      </div>
      {problem ? <Alert type="error" showIcon className="ow-rate-submit" title={problem} /> : null}
      <Button type="primary" size="large" block className="ow-rate-submit" loading={sending} onClick={() => void submit()}>
        {r.submit}
      </Button>
    </>,
  );
}
