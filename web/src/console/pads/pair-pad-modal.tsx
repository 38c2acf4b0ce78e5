import { Button, Form, Input, Modal, QRCode, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ServiceWindow } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import type { PairedPad } from '../../shared/progress-labels.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { padsApi } from './pads-api.js';
import './pads.css';

const FIELDS = ['windowId', 'label'] as const;

/** Pairs a pad with a window, then shows its link once, as text and QR code, to open on the tablet. */
export function PairPadModal({ windows, onClose, onPaired }: { windows: ServiceWindow[]; onClose: () => void; onPaired: () => void }) {
  const { t } = useI18n();
  const p = t.rating.pads;
  const [form] = Form.useForm<{ windowId: string; label: string }>();
  const save = useFormSubmit(form, FIELDS);
  const [paired, setPaired] = useState<PairedPad | null>(null);
  const [copied, setCopied] = useState(false);
  const link = paired ? `${window.location.origin}${paired.path}` : '';

  if (paired) {
    return (
      <Modal open title={p.pairedTitle} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{p.done}</Button>}>
        <Typography.Paragraph>{p.pairedText}</Typography.Paragraph>
        <div className="ow-pad-pairing">
          <QRCode value={link} size={200} />
          <div className="ow-pad-pairing-link">
            <Typography.Text strong>
              {paired.pad.windowNumber} · {paired.pad.label}
            </Typography.Text>
            <Input.TextArea readOnly value={link} autoSize aria-label={p.copy} data-testid="pad-link" />
            <Button onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}>{copied ? p.copied : p.copy}</Button>
          </div>
        </div>
      </Modal>
    );
  }
  return (
    <Modal open title={p.pairTitle} onCancel={onClose} okText={p.add} confirmLoading={save.busy} onOk={() => form.submit()}>
      {save.alert}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          void save.submit(async () => {
            setPaired(await padsApi.pair(values));
            onPaired();
          })
        }
      >
        <Form.Item name="windowId" label={p.window} rules={[{ required: true, message: t.rating.progress.required }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={windows.filter((w) => w.active).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
            onChange={(id: string) => {
              const w = windows.find((x) => x.id === id);
              if (w && !form.getFieldValue('label')) form.setFieldValue('label', `${w.number} ${t.rating.nav.menu.ratingPads}`);
            }}
          />
        </Form.Item>
        <Form.Item name="label" label={p.label} rules={[{ required: true, whitespace: true, message: t.rating.progress.required }]}>
          <Input maxLength={40} placeholder={p.labelPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
