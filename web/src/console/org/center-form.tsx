import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { api } from '../../shared/api.js';
import { CENTER_LEVELS, type Center, type CenterLevel, type Region, type RegionLevel } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';

interface Values {
  name?: string;
  level?: CenterLevel;
  regionCode?: string;
  parentId?: string;
  address?: string;
  phone?: string;
}

const FIELDS = ['name', 'level', 'regionCode', 'parentId', 'address', 'phone'] as const;
const CONFLICTS = { 'center.duplicate': 'name' };

/** Where each kind of center sits (mirrors CENTER_RULES on the server, which has the last word). */
const RULES: Record<CenterLevel, { region: RegionLevel; parent: CenterLevel | null }> = {
  county_center: { region: 'county', parent: null },
  branch_hall: { region: 'county', parent: 'county_center' },
  township_center: { region: 'township', parent: 'county_center' },
  village_point: { region: 'village', parent: 'township_center' },
};

/** New center (level, region, parent) or editing its name, address and phone. */
export function CenterForm({ centers, regions, editing, creating, onClose, onSaved }: { centers: Center[]; regions: Region[]; editing: Center | null; creating: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);
  const level = Form.useWatch('level', form);
  const rule = level ? RULES[level] : null;

  useEffect(() => {
    if (editing) form.setFieldsValue({ name: editing.name, address: editing.address, phone: editing.phone });
  }, [editing, form]);

  const save = async (values: Values) => {
    const common = { name: values.name ?? '', address: values.address ?? '', phone: values.phone ?? '' };
    const ok = await submit(() =>
      editing
        ? api.patch(`/api/org/centers/${editing.id}`, common)
        : api.post('/api/org/centers', { ...common, level: values.level, regionCode: values.regionCode ?? '', parentId: values.parentId ?? null }),
    );
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  const resetPlacement = () => form.setFieldsValue({ regionCode: undefined, parentId: undefined });

  return (
    <FormDrawer title={editing ? t.centers.editTitle : t.centers.add} open={creating || editing !== null} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ level: 'village_point' }}>
        {creating ? (
          <>
            <Form.Item name="level" label={t.centers.level} required>
              <Select options={CENTER_LEVELS.map((l) => ({ value: l, label: t.enums.centerLevel[l] }))} onChange={resetPlacement} />
            </Form.Item>
            {rule?.parent ? (
              <Form.Item name="parentId" label={t.centers.parent} required>
                <Select showSearch={{ optionFilterProp: 'label' }} options={centers.filter((c) => c.active && c.level === rule.parent).map((c) => ({ value: c.id, label: c.name }))} />
              </Form.Item>
            ) : null}
            <Form.Item name="regionCode" label={t.centers.region} required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={regions.filter((r) => r.active && (!rule || r.level === rule.region)).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="name" label={t.common.name} required>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="address" label={t.common.address}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t.common.phone}>
          <Input maxLength={40} inputMode="tel" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
