import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { PORTAL_ACCOUNT_PATHS } from '../apply/online-api.js';
import { useApplicantSession } from './applicant-session.js';
import './applicant-menu.css';

/** The portal header's applicant entry: 登录 / 注册, or 我的办件 and 退出 when signed in. */
export function ApplicantMenu() {
  const { t } = useI18n();
  const a = t.online.account;
  const { state, signOut } = useApplicantSession();
  if (state.status === 'loading') return null;
  if (state.status === 'signedOut') {
    return (
      <Link to={PORTAL_ACCOUNT_PATHS.signIn}>
        <Button size="small" type="primary">
          <span className="ow-applicant-long">
            {a.signIn} / {a.register}
          </span>
          <span className="ow-applicant-short">{a.signIn}</span>
        </Button>
      </Link>
    );
  }
  return (
    <>
      <Link to={PORTAL_ACCOUNT_PATHS.mine} className="ow-portal-mine">
        <Button size="small" type="primary">
          {a.myApplications}
        </Button>
      </Link>
      <Button size="small" ghost className="ow-applicant-signout" onClick={() => void signOut()}>
        {a.signOut}
      </Button>
    </>
  );
}
