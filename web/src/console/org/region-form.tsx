import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { api } from '../../shared/api.js';
import { REGION_LEVELS, type Region, type RegionLevel } from '../../shared/api-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';

interface Values {
  code?: string;
  name?: string;
  level?: RegionLevel;
  parentCode?: string;
}

const FIELDS = ['code', 'name', 'level', 'parentCode'] as const;
const CONFLICTS = { 'region.duplicate': 'code' };
const PARENT_LEVEL: Record<RegionLevel, RegionLevel | null> = { county: null, township: 'county', village: 'township' };

/** New region (code, level, parent) or renaming one: a region's code and level never change. */
export function RegionForm({ regions, editing, creating, onClose, onSaved }: { regions: Region[]; editing: Region | null; creating: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);
  const level = Form.useWatch('level', form);
  const parentLevel = level ? PARENT_LEVEL[level] : null;

  useEffect(() => {
    if (editing) form.setFieldsValue({ name: editing.name });
  }, [editing, form]);

  const save = async (values: Values) => {
    const ok = await submit(() =>
      editing
        ? api.patch(`/api/org/regions/${editing.code}`, { name: values.name ?? '' })
        : api.post('/api/org/regions', { code: values.code ?? '', name: values.name ?? '', level: values.level, parentCode: values.parentCode ?? null }),
    );
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  return (
    <FormDrawer title={editing ? t.common.labelled(t.regions.editTitle, editing.code) : t.regions.add} open={creating || editing !== null} busy={busy} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ level: 'township' }}>
        {creating ? (
          <>
            <Form.Item name="level" label={t.regions.level} required>
              <Select options={REGION_LEVELS.map((l) => ({ value: l, label: t.enums.regionLevel[l] }))} onChange={() => form.setFieldValue('parentCode', undefined)} />
            </Form.Item>
            {parentLevel ? (
              <Form.Item name="parentCode" label={t.regions.parent} required>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={regions.filter((r) => r.active && r.level === parentLevel).map((r) => ({ value: r.code, label: `${r.name}（${r.code}）` }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item name="code" label={t.regions.code} required extra={t.regions.codeHelp}>
              <Input inputMode="numeric" maxLength={12} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="name" label={t.common.name} required>
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
