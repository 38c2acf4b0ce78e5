import { App, Form, Input, Modal } from 'antd';
import { api } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';

interface Values {
  currentPassword?: string;
  newPassword?: string;
  repeat?: string;
}

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Change one's own password; the server checks the current one and the rules for the new. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit, clear } = useFormSubmit(form, FIELDS);

  const close = () => {
    form.resetFields();
    clear();
    onClose();
  };

  const save = async (values: Values) => {
    const ok = await submit(() => api.post('/api/auth/password', { currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' }));
    if (ok) {
      void message.success(t.password.changed);
      close();
    }
  };

  return (
    <Modal open={open} title={t.password.title} okText={t.common.save} cancelText={t.common.cancel} confirmLoading={busy} onOk={() => form.submit()} onCancel={close} destroyOnHidden>
      {alert}
      <Form form={form} layout="vertical" onFinish={save} requiredMark>
        <Form.Item name="currentPassword" label={t.password.current} required>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t.password.next} required extra={t.password.rule}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t.password.repeat}
          required
          dependencies={['newPassword']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                (value ?? '') === (getFieldValue('newPassword') ?? '') ? Promise.resolve() : Promise.reject(new Error(t.password.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
