import { Alert, App, Form, Input } from 'antd';
import type { CleanupRound } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { catalogApi } from './catalog-api.js';

const FIELDS = ['documentNo'] as const;

/** 批准并执行: the announcement's document number, then everything in the round applies at once. */
export function RoundApproveForm({ round, onClose, onSaved }: { round: CleanupRound; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const c = t.catalog.cleanup;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ documentNo?: string }>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);

  const save = async (values: { documentNo?: string }) => {
    const ok = await submit(() => catalogApi.approveRound(round.id, (values.documentNo ?? '').trim()));
    if (ok) {
      void message.success(c.approved);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={c.approveTitle} open busy={busy} onClose={onClose} onSave={() => form.submit()} saveText={c.approve}>
      <Alert type="warning" showIcon className="ow-form-alert" title={c.approveHint} />
      {alert}
      <Form form={form} name="approveForm" layout="vertical" onFinish={save} initialValues={{ documentNo: round.documentNo ?? '' }}>
        <Form.Item label={c.title}>
          <strong>{round.title}</strong>
        </Form.Item>
        <Form.Item name="documentNo" label={c.documentNo} required>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
