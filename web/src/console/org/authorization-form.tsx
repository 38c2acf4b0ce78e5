import { App, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../../shared/api.js';
import { CHIEF_POWERS, type ChiefPower, type Department, type StaffMember } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';

interface Values {
  departmentId?: string;
  staffId?: string;
  position?: 'A' | 'B';
  documentNo?: string;
  powers?: ChiefPower[];
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

const FIELDS = ['departmentId', 'staffId', 'position', 'documentNo', 'powers', 'validFrom', 'validTo'] as const;
const DATE = 'YYYY-MM-DD';

/** Registers a written authorization (授权书) for a chief representative of a department. */
export function AuthorizationForm({ staff, departments, onClose, onSaved }: { staff: StaffMember[]; departments: Department[]; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS);
  const departmentId = Form.useWatch('departmentId', form);
  const candidates = staff.filter((s) => s.active && s.departmentId === departmentId);
  const chiefs = candidates.filter((s) => s.roles.includes('chief_representative'));

  const save = async (values: Values) => {
    const ok = await submit(() =>
      api.post('/api/org/authorizations', {
        departmentId: values.departmentId ?? '',
        staffId: values.staffId ?? '',
        position: values.position,
        documentNo: values.documentNo ?? '',
        powers: values.powers ?? [],
        validFrom: values.validFrom ? values.validFrom.format(DATE) : '',
        validTo: values.validTo ? values.validTo.format(DATE) : null,
      }),
    );
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={t.authorizations.add} open busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="authorization" layout="vertical" onFinish={save} initialValues={{ position: 'A', powers: [...CHIEF_POWERS] }}>
        <Form.Item name="departmentId" label={t.common.department} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))}
            onChange={() => form.setFieldValue('staffId', undefined)}
          />
        </Form.Item>
        <Form.Item name="staffId" label={t.authorizations.staff} required extra={t.authorizations.staffHelp}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!departmentId}
            options={(chiefs.length > 0 ? chiefs : candidates).map((s) => ({ value: s.id, label: `${s.displayName}（${s.username}）` }))}
          />
        </Form.Item>
        <Form.Item name="position" label={t.authorizations.position} required>
          <Radio.Group optionType="button" buttonStyle="solid" options={(['A', 'B'] as const).map((p) => ({ value: p, label: t.enums.position[p] }))} />
        </Form.Item>
        <Form.Item name="documentNo" label={t.authorizations.documentNo} required>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="powers" label={t.authorizations.powers} required>
          <Checkbox.Group options={CHIEF_POWERS.map((p) => ({ value: p, label: t.enums.chiefPower[p] }))} />
        </Form.Item>
        <Form.Item name="validFrom" label={t.authorizations.validFrom} required>
          <DatePicker className="ow-date" />
        </Form.Item>
        <Form.Item name="validTo" label={t.authorizations.validTo} extra={t.authorizations.validToHelp}>
          <DatePicker className="ow-date" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
