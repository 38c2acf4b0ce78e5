import { Button, Form, Input } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { onlineApi, PORTAL_ACCOUNT_PATHS } from '../apply/online-api.js';
import { AccountCard, nextPath } from './account-card.js';
import { useApplicantSession } from './applicant-session.js';

const FIELDS = ['loginName', 'password'];

/** 申请人登录 (/account/sign-in): ID number or credit code and password; back to where the applicant came from. */
export function SignInPage() {
  const { t } = useI18n();
  const a = t.online.account;
  const [form] = Form.useForm<{ loginName: string; password: string }>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);
  const { signedIn } = useApplicantSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = nextPath(location.search, PORTAL_ACCOUNT_PATHS.mine);

  const onFinish = (values: { loginName: string; password: string }) =>
    submit(async () => {
      signedIn(await onlineApi.login(values.loginName, values.password));
      navigate(next, { replace: true });
    });

  return (
    <AccountCard
      title={a.signInTitle}
      hint={a.signInHint}
      footer={
        <>
          {a.noAccount} <Link to={`${PORTAL_ACCOUNT_PATHS.register}${location.search}`}>{a.register}</Link>
        </>
      }
    >
      {alert}
      <Form form={form} layout="vertical" size="large" onFinish={onFinish} requiredMark={false}>
        <Form.Item name="loginName" label={a.loginName} rules={[{ required: true, message: a.required }]}>
          <Input autoComplete="username" inputMode="text" />
        </Form.Item>
        <Form.Item name="password" label={a.password} rules={[{ required: true, message: a.required }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {a.signIn}
        </Button>
      </Form>
    </AccountCard>
  );
}
