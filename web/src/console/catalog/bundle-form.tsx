import { App, Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import type { Bundle, ItemSummary, LifeEvent } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { catalogApi } from './catalog-api.js';

interface Values {
  code?: string;
  name?: string;
  description?: string;
  itemCodes?: string[];
  lifeEvents?: string[];
}

const FIELDS = ['code', 'name', 'description', 'itemCodes', 'lifeEvents'] as const;
const CONFLICTS = { 'bundle.code_duplicate': 'code' };

/** New bundle (一件事) or a change to one: its code, name, description, the items in order, its topics. */
export function BundleForm(props: { editing: Bundle | null; items: readonly ItemSummary[]; lifeEvents: readonly LifeEvent[]; onClose: () => void; onSaved: () => void }) {
  const { editing, items, lifeEvents, onClose, onSaved } = props;
  const { t, locale } = useI18n();
  const b = t.catalog.bundles;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, CONFLICTS);

  useEffect(() => {
    if (editing) form.setFieldsValue({ code: editing.code, name: editing.name, description: editing.description ?? '', itemCodes: editing.items.map((i) => i.code), lifeEvents: editing.lifeEvents });
  }, [editing, form]);

  const save = async (values: Values) => {
    const body = {
      code: (values.code ?? '').trim(),
      name: (values.name ?? '').trim(),
      description: values.description?.trim() ? values.description.trim() : null,
      itemCodes: values.itemCodes ?? [],
      lifeEvents: values.lifeEvents ?? [],
    };
    const ok = await submit(() => (editing ? catalogApi.updateBundle(editing.id, body) : catalogApi.createBundle(body)));
    if (ok) {
      void message.success(t.common.saved);
      onSaved();
      onClose();
    }
  };

  const known = new Set(items.map((i) => i.code));
  const options = [
    ...items.map((i) => ({ value: i.code, label: `${i.name}（${i.departmentName}）` })),
    ...(editing?.items.filter((i) => !known.has(i.code)).map((i) => ({ value: i.code, label: `${i.name}（${b.inactiveItem}）` })) ?? []),
  ];

  return (
    <FormDrawer title={editing ? b.editTitle(editing.name) : b.add} open busy={busy} size={640} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="bundleForm" layout="vertical" onFinish={save} initialValues={{ itemCodes: [], lifeEvents: [] }}>
        <Form.Item name="code" label={b.code} required extra={b.codeHelp}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="name" label={b.name} required>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="description" label={b.description}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="itemCodes" label={b.items} required extra={b.itemsHelp}>
          <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={options} />
        </Form.Item>
        <Form.Item name="lifeEvents" label={b.lifeEvents}>
          <Select mode="multiple" allowClear options={lifeEvents.map((e) => ({ value: e.id, label: e.label[locale] }))} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
