import { App, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { api } from '../../shared/api.js';
import { WINDOW_KINDS, type Center, type Department, type ServiceWindow, type WindowKind } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';

interface Values {
  centerId?: string;
  number?: string;
  name?: string;
  kind?: WindowKind;
  category?: string;
  location?: string;
  phone?: string;
  departmentIds?: string[];
}

const FIELDS = ['centerId', 'number', 'name', 'kind', 'category', 'location', 'phone', 'departmentIds'] as const;
const CONFLICTS = { 'window.duplicate': 'number' };

/** New window or editing one; the server checks the kind against the departments chosen. */
export function WindowForm(props: { centers: Center[]; departments: Department[]; defaultCenterId: string; editing: ServiceWindow | null; creating: boolean; onClose: () => void; onSaved: () => void }) {
  const { centers, departments, defaultCenterId, editing, creating, onClose, onSaved } = props;
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);
  const kind = Form.useWatch('kind', form);
  const centerId = Form.useWatch('centerId', form) ?? editing?.centerId;

  useEffect(() => {
    if (editing) {
      const { number, name, kind, location, phone, departmentIds } = editing;
      form.setFieldsValue({ centerId: editing.centerId, number, name, kind, category: editing.category ?? '', location, phone, departmentIds });
    }
  }, [editing, form]);

  const save = async (values: Values) => {
    const body = {
      number: (values.number ?? '').trim(),
      name: values.name ?? '',
      kind: values.kind,
      category: values.kind === 'category' ? (values.category ?? '') : null,
      location: values.location ?? '',
      phone: values.phone ?? '',
      departmentIds: values.departmentIds ?? [],
    };
    const ok = await submit(() => (editing ? api.patch(`/api/org/windows/${editing.id}`, body) : api.post('/api/org/windows', { ...body, centerId: values.centerId ?? '' })));
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  const choices = departments.filter((d) => d.centerId === centerId && (d.active || editing?.departmentIds.includes(d.id)));

  return (
    <FormDrawer title={editing ? t.common.labelled(t.windows.editTitle, editing.number) : t.windows.add} open={creating || editing !== null} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="windowForm" layout="vertical" onFinish={save} initialValues={{ centerId: defaultCenterId, kind: 'dedicated', departmentIds: [] }}>
        <Form.Item name="centerId" label={t.common.center} required>
          <Select disabled={!creating} options={centers.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldValue('departmentIds', [])} />
        </Form.Item>
        <Form.Item name="number" label={t.windows.number} required extra={t.windows.numberHelp}>
          <Input maxLength={10} />
        </Form.Item>
        <Form.Item name="name" label={t.common.name} required>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="kind" label={t.windows.kind} required>
          <Radio.Group optionType="button" buttonStyle="solid" options={WINDOW_KINDS.map((k) => ({ value: k, label: t.enums.windowKind[k] }))} />
        </Form.Item>
        {kind === 'category' ? (
          <Form.Item name="category" label={t.windows.category} required extra={t.windows.categoryHelp}>
            <Input maxLength={30} />
          </Form.Item>
        ) : null}
        <Form.Item name="departmentIds" label={t.windows.departments} required extra={t.windows.departmentsHelp}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={choices.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="location" label={t.windows.location}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={t.common.phone}>
          <Input maxLength={40} inputMode="tel" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
