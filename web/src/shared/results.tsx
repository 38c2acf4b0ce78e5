import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import type { ApiError } from './api.js';
import { useI18n } from './i18n/index.js';

/** 无权访问 / No permission: for pages the user's roles may not open, and for API answers of 403. */
export function Forbidden({ home, detail }: { home: string; detail?: string }) {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t.result.forbiddenTitle}
      subTitle={
        <>
          <div>{t.result.forbiddenText}</div>
          {detail ? <div className="ow-result-detail">{detail}</div> : null}
        </>
      }
      extra={
        <Link to={home}>
          <Button type="primary">{t.result.backHome}</Button>
        </Link>
      }
    />
  );
}

export function NotFound({ home }: { home: string }) {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t.result.notFoundTitle}
      subTitle={t.result.notFoundText}
      extra={
        <Link to={home}>
          <Button type="primary">{t.result.backHome}</Button>
        </Link>
      }
    />
  );
}

/** A failed load: 403 becomes the no-permission page; anything else shows the server's message and a retry. */
export function LoadFailure({ error, home, onRetry }: { error: ApiError; home: string; onRetry: () => void }) {
  const { t } = useI18n();
  if (error.status === 403) return <Forbidden home={home} detail={error.message} />;
  if (error.status === 404) return <NotFound home={home} />;
  return (
    <Result
      status="error"
      title={t.result.loadFailedTitle}
      subTitle={error.message}
      extra={<Button onClick={onRetry}>{t.common.retry}</Button>}
    />
  );
}
