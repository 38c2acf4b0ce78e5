import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../shared/api.js';
import type { PublicCenter } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { LanguageSwitch } from '../../shared/language-switch.js';
import { useDocumentTitle } from '../../shared/use-document-title.js';
import { useResource } from '../../shared/use-resource.js';
import { CONSOLE } from '../nav.js';
import { useSession } from '../session.js';

interface Values {
  username?: string;
  password?: string;
}

function isFromState(value: unknown): value is { from?: string; expired?: boolean } {
  return typeof value === 'object' && value !== null;
}

/** 工作人员登录: wrong passwords, lockouts and throttling are told in the server's words. */
export function LoginPage() {
  const { t } = useI18n();
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const center = useResource(() => api.get<PublicCenter>('/api/public/center'), 'center');
  useDocumentTitle(`${t.login.title} · ${t.app.console}`);

  const routed = isFromState(location.state) ? location.state : {};
  // Back to where the user was sent from: a console page, or a screen that needs a session (数据大屏).
  const target = routed.from?.startsWith(CONSOLE) || routed.from?.startsWith('/screen/') ? routed.from : CONSOLE;
  if (state.status === 'signedIn') return <Navigate to={target} replace />;

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await signIn((values.username ?? '').trim(), values.password ?? '');
      navigate(target, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="ow-login">
      <div className="ow-login-lang">
        <LanguageSwitch />
      </div>
      <div className="ow-login-banner">
        <div className="ow-login-mark">窗</div>
        <Typography.Title level={2} className="ow-login-product">
          {t.app.console}
        </Typography.Title>
        <Typography.Paragraph className="ow-login-center">{center.data?.center.name ?? ''}</Typography.Paragraph>
      </div>
      <Card className="ow-login-card">
        <Typography.Title level={3}>{t.login.title}</Typography.Title>
        <Typography.Paragraph type="secondary">{t.login.subtitle}</Typography.Paragraph>
        {routed.expired && !error ? <Alert type="info" showIcon title={t.login.expired} className="ow-form-alert" /> : null}
        {error ? <Alert type="error" showIcon title={error} className="ow-form-alert" role="alert" /> : null}
        <Form layout="vertical" size="large" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t.login.username} rules={[{ required: true, whitespace: true, message: t.login.usernameRequired }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t.login.password} rules={[{ required: true, message: t.login.passwordRequired }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t.login.submit}
          </Button>
        </Form>
        <div className="ow-login-foot">
          <Link to="/">{t.login.backToPortal}</Link>
        </div>
      </Card>
    </div>
  );
}
