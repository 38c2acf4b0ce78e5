import { Button, Form, Input, Segmented } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { onlineApi, PORTAL_ACCOUNT_PATHS, type Applicant } from '../apply/online-api.js';
import { AccountCard, nextPath } from './account-card.js';
import { useApplicantSession } from './applicant-session.js';

interface Values {
  type: Applicant['type'];
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone: string;
  password: string;
  confirm: string;
}

const FIELDS = ['name', 'idNumber', 'creditCode', 'legalRepresentative', 'phone', 'password'];

function applicantOf(v: Values): Applicant {
  return v.type === 'person'
    ? { type: 'person', name: v.name, idNumber: v.idNumber ?? '', phone: v.phone }
    : { type: 'enterprise', name: v.name, creditCode: v.creditCode ?? '', legalRepresentative: v.legalRepresentative ?? '', phone: v.phone };
}

/** The server names applicant fields "/applicant/idNumber"; this form's fields are flat. */
function flattened(error: unknown): unknown {
  if (!(error instanceof ApiError)) return error;
  return new ApiError(error.status, error.code, error.message, error.issues.map((i) => ({ ...i, path: i.path.replace(/^\/applicant(?=\/)/, '') })), error.details);
}

/** 注册 (/account/register): a person by ID number or an enterprise by credit code, checked by the server (check digits). */
export function RegisterPage() {
  const { t } = useI18n();
  const a = t.online.account;
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form) ?? 'person';
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);
  const { signedIn } = useApplicantSession();
  const navigate = useNavigate();
  const location = useLocation();
  const required = [{ required: true, message: a.required }];

  const onFinish = (values: Values) =>
    submit(async () => {
      try {
        signedIn(await onlineApi.register(applicantOf(values), values.password));
      } catch (error) {
        throw flattened(error);
      }
      navigate(nextPath(location.search, PORTAL_ACCOUNT_PATHS.mine), { replace: true });
    });

  return (
    <AccountCard
      title={a.registerTitle}
      hint={a.registerHint}
      footer={
        <>
          {a.haveAccount} <Link to={`${PORTAL_ACCOUNT_PATHS.signIn}${location.search}`}>{a.signIn}</Link>
        </>
      }
    >
      {alert}
      <Form form={form} layout="vertical" size="large" onFinish={onFinish} initialValues={{ type: 'person' }} requiredMark={false}>
        <Form.Item name="type">
          <Segmented block options={(['person', 'enterprise'] as const).map((k) => ({ value: k, label: a.kind[k] }))} />
        </Form.Item>
        <Form.Item name="name" label={a.name[type]} rules={required}>
          <Input autoComplete={type === 'person' ? 'name' : 'organization'} />
        </Form.Item>
        {type === 'person' ? (
          <Form.Item name="idNumber" label={a.idNumber} rules={required}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="creditCode" label={a.creditCode} rules={required}>
              <Input maxLength={18} autoComplete="off" />
            </Form.Item>
            <Form.Item name="legalRepresentative" label={a.legalRepresentative} rules={required}>
              <Input />
            </Form.Item>
          </>
        )}
        <Form.Item name="phone" label={a.phone} rules={required}>
          <Input inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="password" label={a.password} extra={a.passwordHint} rules={required}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={a.confirmPassword}
          dependencies={['password']}
          rules={[...required, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(a.passwordMismatch))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {a.register}
        </Button>
      </Form>
    </AccountCard>
  );
}
