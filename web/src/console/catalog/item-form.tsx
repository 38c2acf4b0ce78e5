import { App, Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { CHANNEL_LABELS, CHANNELS, ITEM_TYPE_LABELS, ITEM_TYPES } from '../../shared/catalog-labels.js';
import type { CatalogItem } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { useResource } from '../../shared/use-resource.js';
import { FormDrawer } from '../components/form-drawer.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { catalogApi } from './catalog-api.js';
import { FeesEditor } from './fees-editor.js';
import { ITEM_CONFLICTS, ITEM_FIELDS, ITEM_LISTS, itemBody, itemValues, type ItemValues } from './item-form-values.js';
import { MaterialsEditor } from './materials-editor.js';
import { StepsEditor } from './steps-editor.js';
import { TextListEditor } from './text-list-editor.js';

function Section({ title }: { title: string }) {
  return (
    <Typography.Title level={5} className="ow-form-section">
      {title}
    </Typography.Title>
  );
}

/**
 * New item, or a change to one (a new version, with the reason). All the elements: code, name,
 * type, department, result; legal and promised days, visits; channels, agency, windows; legal basis
 * and conditions; materials, fees and steps as editable tables; life events. The server checks
 * everything at once and each issue lands on its field or table cell.
 */
export function ItemForm({ editing, onClose, onSaved }: { editing: CatalogItem | null; onClose: () => void; onSaved: (item: CatalogItem) => void }) {
  const { t, locale } = useI18n();
  const f = t.catalog.form;
  const { me } = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<ItemValues>();
  const { busy, alert, submit } = useFormSubmit(form, ITEM_FIELDS, ITEM_CONFLICTS, ITEM_LISTS);
  const org = useResource(
    () => Promise.all([orgApi.departments({ includeInactive: true }), orgApi.windows({ includeInactive: true }), orgApi.centers({ includeInactive: true }), catalogApi.lifeEvents()]),
    'item-form-lookups',
  );
  const [departments = [], windows = [], centers = [], lifeEvents = []] = org.data ?? [];
  const departmentId = Form.useWatch('departmentId', form);
  const initial = useMemo(() => itemValues(editing), [editing]);

  const department = departments.find((d) => d.id === departmentId);
  const center = centers.find((c) => c.id === department?.centerId);
  const suffix = department?.creditCode && center ? `-${center.regionCode}-${department.creditCode}` : null;
  const windowChoices = windows
    .filter((w) => w.active || editing?.windowIds.includes(w.id))
    .sort((a, b) => Number(b.departmentIds.includes(departmentId ?? '')) - Number(a.departmentIds.includes(departmentId ?? '')) || a.number.localeCompare(b.number));

  const save = async (values: ItemValues) => {
    const out: { item?: CatalogItem; note: string } = { note: f.created };
    const ok = await submit(async () => {
      if (!editing) {
        out.item = await catalogApi.createItem(itemBody(values, 'create'));
        return;
      }
      const result = await catalogApi.updateItem(editing.id, itemBody(values, 'update'));
      out.item = result.item;
      out.note = !result.changed ? f.unchanged : result.item.version > editing.version ? f.savedVersion(result.item.version) : f.lifeEventsSaved;
    });
    if (ok && out.item) {
      void message.success(out.note);
      onSaved(out.item);
    }
  };

  return (
    <FormDrawer title={editing ? f.editTitle(editing.name) : f.addTitle} open busy={busy} size={1040} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="itemForm" layout="vertical" onFinish={save} initialValues={{ ...initial, departmentId: initial.departmentId ?? me.departmentId ?? undefined }} className="ow-item-form">
        <Section title={f.sections.basic} />
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="name" label={f.name} required>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="type" label={f.type} required>
              <Select options={ITEM_TYPES.map((v) => ({ value: v, label: ITEM_TYPE_LABELS[v][locale] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="departmentId" label={f.department} required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={org.loading}
                options={departments.filter((d) => d.active || d.id === editing?.departmentId).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="result" label={f.result} extra={f.resultHelp}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={24}>
            {editing ? (
              <Form.Item label={f.code} extra={f.codeFixed}>
                <Typography.Text code copyable className="ow-code">
                  {editing.code}
                </Typography.Text>
              </Form.Item>
            ) : (
              <Form.Item name="code" label={f.code} required extra={suffix ? `${f.codeHelp} ${f.codeSuffix(suffix)}` : f.codeHelp}>
                <Input maxLength={100} className="ow-code-input" placeholder={suffix ? `000000000000${suffix}` : undefined} />
              </Form.Item>
            )}
          </Col>
        </Row>

        <Section title={f.sections.limits} />
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <Form.Item name="legalDays" label={f.legalDays} required>
              <InputNumber min={0} max={3650} precision={0} className="ow-number" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="promisedDays" label={f.promisedDays} required extra={f.promisedHelp}>
              <InputNumber min={0} max={3650} precision={0} className="ow-number" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="maxVisits" label={f.maxVisits} required extra={f.maxVisitsHelp}>
              <InputNumber min={0} max={10} precision={0} className="ow-number" />
            </Form.Item>
          </Col>
        </Row>

        <Section title={f.sections.channels} />
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="channels" label={f.channels} required>
              <Checkbox.Group options={CHANNELS.map((v) => ({ value: v, label: CHANNEL_LABELS[v][locale] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="agencyAllowed" label={f.agencyAllowed} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="windowIds" label={f.windows} extra={f.windowsHelp}>
              <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={windowChoices.map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))} />
            </Form.Item>
          </Col>
        </Row>

        <Section title={f.sections.basis} />
        <TextListEditor name="legalBasis" label={f.legalBasis} addText={f.addBasis} extra={f.legalBasisHelp} />
        <TextListEditor name="conditions" label={f.conditions} addText={f.addCondition} />

        <Section title={f.sections.materials} />
        <MaterialsEditor />

        <Section title={f.sections.fees} />
        <FeesEditor />

        <Section title={f.sections.steps} />
        <StepsEditor />

        <Section title={f.sections.classification} />
        <Form.Item name="lifeEvents" label={f.lifeEvents} extra={f.lifeEventsHelp}>
          <Select mode="multiple" allowClear options={lifeEvents.map((e) => ({ value: e.id, label: e.label[locale] }))} />
        </Form.Item>

        <Section title={editing ? f.sections.reason : f.createReason} />
        <Form.Item name="reason" label={editing ? f.reason : f.createReason} required={Boolean(editing)} extra={editing ? f.reasonHelp : f.createReasonHelp}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
