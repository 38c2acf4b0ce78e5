import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { api } from '../../shared/api.js';
import type { Center, Department, ServiceWindow, StaffMember } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { ROLE_LABELS, ROLES, type Role } from '../../shared/roles.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';

interface Values {
  username?: string;
  displayName?: string;
  password?: string;
  centerId?: string;
  departmentId?: string;
  windowId?: string;
  phone?: string;
  roles?: Role[];
}

const FIELDS = ['username', 'displayName', 'password', 'centerId', 'departmentId', 'windowId', 'phone', 'roles'] as const;
const CONFLICTS = { 'staff.duplicate': 'username' };

/** New staff member (with an initial password) or editing one; the username never changes. */
export function StaffForm(props: { centers: Center[]; departments: Department[]; windows: ServiceWindow[]; defaultCenterId: string; editing: StaffMember | null; creating: boolean; onClose: () => void; onSaved: () => void }) {
  const { centers, departments, windows, defaultCenterId, editing, creating, onClose, onSaved } = props;
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);
  const centerId = Form.useWatch('centerId', form);

  useEffect(() => {
    if (editing) {
      const { displayName, centerId, departmentId, windowId, phone, roles } = editing;
      form.setFieldsValue({ displayName, centerId, departmentId: departmentId ?? undefined, windowId: windowId ?? undefined, phone, roles });
    }
  }, [editing, form]);

  const save = async (values: Values) => {
    const body = {
      displayName: values.displayName ?? '',
      centerId: values.centerId ?? '',
      departmentId: values.departmentId ?? null,
      windowId: values.windowId ?? null,
      phone: values.phone ?? '',
      roles: values.roles ?? [],
    };
    const ok = await submit(() =>
      editing ? api.patch(`/api/org/staff/${editing.id}`, body) : api.post('/api/org/staff', { ...body, username: (values.username ?? '').trim(), password: values.password ?? '' }),
    );
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={editing ? t.common.labelled(t.staff.editTitle, editing.displayName) : t.staff.add} open={creating || editing !== null} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="staff" layout="vertical" onFinish={save} initialValues={{ centerId: defaultCenterId, roles: [] }}>
        {creating ? (
          <Form.Item name="username" label={t.staff.username} required extra={t.staff.usernameHelp}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item name="displayName" label={t.staff.displayName} required>
          <Input maxLength={40} />
        </Form.Item>
        {creating ? (
          <Form.Item name="password" label={t.staff.password} required extra={t.password.rule}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : null}
        <Form.Item name="roles" label={t.staff.roles} required>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][locale] }))} />
        </Form.Item>
        <Form.Item name="centerId" label={t.common.center} required>
          <Select showSearch={{ optionFilterProp: 'label' }} options={centers.filter((c) => c.active).map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldValue('windowId', undefined)} />
        </Form.Item>
        <Form.Item name="departmentId" label={t.common.department}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={departments.filter((d) => d.active || d.id === editing?.departmentId).map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="windowId" label={t.common.window}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={windows.filter((w) => w.centerId === centerId && (w.active || w.id === editing?.windowId)).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
          />
        </Form.Item>
        <Form.Item name="phone" label={t.common.phone}>
          <Input maxLength={40} inputMode="tel" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
