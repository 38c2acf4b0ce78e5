import { App, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { Department } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { catalogApi } from './catalog-api.js';

interface Values {
  name?: string;
  departmentId?: string;
  standard?: string;
  legalBasis?: string;
  amountFen?: number | null;
  waivable?: boolean;
}

const FIELDS = ['name', 'departmentId', 'standard', 'legalBasis', 'amountFen', 'waivable'] as const;

/** A new fee of the fee catalog: no legal basis, no fee. The amount is entered in yuan and kept in fen. */
export function FeeForm({ departments, onClose, onSaved }: { departments: readonly Department[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const f = t.catalog.fees;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);

  const save = async (values: Values) => {
    const ok = await submit(() =>
      catalogApi.createFee({
        name: (values.name ?? '').trim(),
        departmentId: values.departmentId ?? null,
        standard: (values.standard ?? '').trim(),
        legalBasis: (values.legalBasis ?? '').trim(),
        amountFen: values.amountFen ?? null,
        waivable: values.waivable ?? false,
      }),
    );
    if (ok) {
      void message.success(f.created);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={f.add} open busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="feeForm" layout="vertical" onFinish={save} initialValues={{ waivable: false }}>
        <Form.Item name="name" label={f.name} required>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="departmentId" label={f.department}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="standard" label={f.standard} required>
          <Input maxLength={500} placeholder={f.standardPlaceholder} />
        </Form.Item>
        <Form.Item name="legalBasis" label={f.legalBasis} required extra={f.legalBasisHelp}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="amountFen"
          label={f.amount}
          extra={f.amountHelp}
          getValueProps={(fen: number | null | undefined) => ({ value: fen === null || fen === undefined ? null : fen / 100 })}
          normalize={(yuan: number | null) => (yuan === null ? null : Math.round(yuan * 100))}
        >
          <InputNumber min={0} precision={2} className="ow-number" />
        </Form.Item>
        <Form.Item name="waivable" valuePropName="checked">
          <Checkbox>{f.waivable}</Checkbox>
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
