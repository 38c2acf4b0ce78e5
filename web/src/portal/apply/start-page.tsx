import { Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../shared/api.js';
import { LoadFailure } from '../../shared/results.js';
import { RequireApplicant } from '../account/applicant-session.js';
import { onlineApi, PORTAL_ACCOUNT_PATHS } from './online-api.js';

/** /apply/:itemId — the 在线申请 button's target: starts a draft (signed in) and opens it. */
export function StartPage() {
  return <RequireApplicant>{() => <StartDraft />}</RequireApplicant>;
}

function StartDraft() {
  const { itemId = '' } = useParams();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    onlineApi.start(itemId).then(
      (draft) => navigate(PORTAL_ACCOUNT_PATHS.application(draft.id), { replace: true }),
      (e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'client', String(e))),
    );
  }, [itemId, navigate]);
  return <div className="ow-portal-section">{error ? <LoadFailure error={error} home={PORTAL_ACCOUNT_PATHS.mine} onRetry={() => window.location.reload()} /> : <Spin size="large" />}</div>;
}
