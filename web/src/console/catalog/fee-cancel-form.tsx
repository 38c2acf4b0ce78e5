import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router-dom';
import type { CatalogFee } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { catalogApi } from './catalog-api.js';
import { CATALOG_PATHS } from './catalog-paths.js';

interface Values {
  cancelledOn?: Dayjs;
  documentNo?: string;
  reason?: string;
}

const FIELDS = ['cancelledOn', 'documentNo', 'reason'] as const;

/**
 * 取消收费: from a date, by a document, with a note. The fee stays in the catalog with its
 * cancellation; the items that still charge it are listed so they can be adjusted.
 */
export function FeeCancelForm({ fee, onClose, onSaved }: { fee: CatalogFee; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const f = t.catalog.fees;
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);

  const save = async (values: Values) => {
    const out: { charging: { id: string; name: string }[] } = { charging: [] };
    const ok = await submit(async () => {
      const reason = values.reason?.trim();
      const result = await catalogApi.cancelFee(fee.id, {
        cancelledOn: values.cancelledOn ? values.cancelledOn.format('YYYY-MM-DD') : '',
        documentNo: (values.documentNo ?? '').trim(),
        ...(reason ? { reason } : {}),
      });
      out.charging = result.itemsStillCharging;
    });
    if (!ok) return;
    void message.success(f.cancelled);
    onSaved();
    onClose();
    if (out.charging.length > 0) {
      modal.warning({
        title: f.stillCharging,
        content: (
          <ul>
            {out.charging.map((item) => (
              <li key={item.id}>
                <Link to={CATALOG_PATHS.editItem(item.id)} onClick={() => Modal.destroyAll()}>
                  {item.name}
                </Link>
              </li>
            ))}
          </ul>
        ),
      });
    }
  };

  return (
    <FormDrawer title={f.cancelTitle(fee.name)} open busy={busy} onClose={onClose} onSave={() => form.submit()} saveText={f.cancel}>
      <Alert type="info" showIcon className="ow-form-alert" title={f.cancelHint} />
      {alert}
      <Typography.Paragraph type="secondary">{`${fee.standard} · ${fee.legalBasis}`}</Typography.Paragraph>
      <Form form={form} name="feeCancelForm" layout="vertical" onFinish={save} initialValues={{ cancelledOn: dayjs() }}>
        <Form.Item name="cancelledOn" label={f.cancelledOn} required>
          <DatePicker className="ow-number" />
        </Form.Item>
        <Form.Item name="documentNo" label={f.cancelDocument} required>
          <Input maxLength={100} placeholder={f.cancelDocumentPlaceholder} />
        </Form.Item>
        <Form.Item name="reason" label={f.cancelReason}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
