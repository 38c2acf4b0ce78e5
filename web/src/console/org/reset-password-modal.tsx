import { Alert, App, Form, Input, Modal } from 'antd';
import { api } from '../../shared/api.js';
import type { StaffMember } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';

const FIELDS = ['password'] as const;

/** An administrator sets a new password for a staff member; this also lifts a lockout. */
export function ResetPasswordModal({ staff, onClose, onDone }: { staff: StaffMember | null; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password?: string }>();
  const { busy, alert, submit, clear } = useFormSubmit(form, FIELDS);

  const close = () => {
    form.resetFields();
    clear();
    onClose();
  };

  const save = async (values: { password?: string }) => {
    if (!staff) return;
    const ok = await submit(() => api.post(`/api/org/staff/${staff.id}/password`, { password: values.password ?? '' }));
    if (ok) {
      void message.success(t.password.resetDone);
      onDone();
      close();
    }
  };

  return (
    <Modal
      open={staff !== null}
      title={staff ? t.password.resetTitle(`${staff.displayName}（${staff.username}）`) : ''}
      okText={t.password.reset}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t.password.resetHint} className="ow-form-alert" />
      {alert}
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="password" label={t.password.next} required extra={t.password.rule}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
