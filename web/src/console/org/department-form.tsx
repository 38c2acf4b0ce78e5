import { Alert, App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { api } from '../../shared/api.js';
import { DEPARTMENT_KINDS, type Center, type Department, type DepartmentKind } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';

interface Values {
  centerId?: string;
  code?: string;
  name?: string;
  shortName?: string;
  kind?: DepartmentKind;
  phone?: string;
  creditCode?: string;
}

const FIELDS = ['centerId', 'code', 'name', 'shortName', 'kind', 'phone', 'creditCode'] as const;
const CONFLICTS = { 'department.duplicate': 'code' };

/**
 * New department, or editing one. `limited`: a chief representative changes only the short name
 * and phone of their own department (the server allows no more).
 */
export function DepartmentForm(props: { centers: Center[]; defaultCenterId: string; editing: Department | null; creating: boolean; limited: boolean; onClose: () => void; onSaved: () => void }) {
  const { centers, defaultCenterId, editing, creating, limited, onClose, onSaved } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);

  useEffect(() => {
    if (editing) form.setFieldsValue({ name: editing.name, shortName: editing.shortName, kind: editing.kind, phone: editing.phone, creditCode: editing.creditCode ?? '' });
  }, [editing, form]);

  const save = async (values: Values) => {
    const contacts = { shortName: values.shortName ?? '', phone: values.phone ?? '' };
    // 统一社会信用代码: checked (and normalized) by the server; blank means none yet.
    const creditCode = values.creditCode?.trim() ? values.creditCode.trim() : null;
    const ok = await submit(() => {
      if (!editing) return api.post('/api/org/departments', { ...contacts, centerId: values.centerId ?? '', code: values.code ?? '', name: values.name ?? '', kind: values.kind, creditCode });
      return api.patch(`/api/org/departments/${editing.id}`, limited ? contacts : { ...contacts, name: values.name ?? '', kind: values.kind, creditCode });
    });
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={editing ? t.common.labelled(t.departments.editTitle, editing.name) : t.departments.add} open={creating || editing !== null} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {limited ? <Alert type="info" showIcon title={t.departments.ownOnly} className="ow-form-alert" /> : null}
      {alert}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ centerId: defaultCenterId, kind: 'department' }}>
        {creating ? (
          <>
            <Form.Item name="centerId" label={t.common.center} required>
              <Select options={centers.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
            <Form.Item name="code" label={t.common.code} required extra={t.departments.codeHelp}>
              <Input maxLength={30} />
            </Form.Item>
          </>
        ) : null}
        {limited ? null : (
          <>
            <Form.Item name="name" label={t.common.name} required>
              <Input maxLength={80} />
            </Form.Item>
            <Form.Item name="kind" label={t.departments.kind} required>
              <Select options={DEPARTMENT_KINDS.map((k) => ({ value: k, label: t.enums.departmentKind[k] }))} />
            </Form.Item>
            <Form.Item name="creditCode" label={t.catalog.org.creditCode} extra={t.catalog.org.creditCodeHelp}>
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </>
        )}
        <Form.Item name="shortName" label={t.departments.shortName} required>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="phone" label={t.common.phone}>
          <Input maxLength={40} inputMode="tel" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
