import { Button, Form, Input, InputNumber, Select, Table } from 'antd';
import { MATERIAL_REQUIREMENT_LABELS, MATERIAL_REQUIREMENTS } from '../../shared/catalog-labels.js';
import { useI18n } from '../../shared/i18n/index.js';
import { NEW_MATERIAL } from './item-form-values.js';

/**
 * 申请材料 as an editable table: name, originals, copies, required or the case it is needed in,
 * issuing body, template. Every cell takes the server's issue for it (/materials/2/condition).
 */
export function MaterialsEditor() {
  const { t, locale } = useI18n();
  const m = t.catalog.form.material;
  return (
    <Form.List name="materials">
      {(fields, { add, remove }, { errors }) => (
        <div className="ow-editor-table">
          <Table
            rowKey="key"
            size="small"
            bordered
            pagination={false}
            scroll={{ x: 1100 }}
            dataSource={fields}
            locale={{ emptyText: ' ' }}
            columns={[
              { title: '#', key: 'no', width: 40, render: (_: unknown, __: unknown, i: number) => i + 1 },
              {
                title: m.name,
                key: 'name',
                width: 260,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'name']} className="ow-cell-field">
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} aria-label={`${m.name} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: m.originals,
                key: 'originals',
                width: 80,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'originals']} className="ow-cell-field">
                    <InputNumber min={0} max={99} precision={0} aria-label={`${m.originals} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: m.copies,
                key: 'copies',
                width: 80,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'copies']} className="ow-cell-field">
                    <InputNumber min={0} max={99} precision={0} aria-label={`${m.copies} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: m.requirement,
                key: 'requirement',
                width: 110,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'requirement']} className="ow-cell-field">
                    <Select options={MATERIAL_REQUIREMENTS.map((r) => ({ value: r, label: MATERIAL_REQUIREMENT_LABELS[r][locale] }))} aria-label={`${m.requirement} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: <span title={m.conditionPlaceholder}>{m.condition}</span>,
                key: 'condition',
                width: 180,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'condition']} className="ow-cell-field">
                    <Input maxLength={2000} aria-label={`${m.condition} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: m.issuingBody,
                key: 'issuingBody',
                width: 150,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'issuingBody']} className="ow-cell-field">
                    <Input maxLength={500} aria-label={`${m.issuingBody} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: m.templateRef,
                key: 'templateRef',
                width: 150,
                render: (_: unknown, field) => (
                  <Form.Item name={[field.name, 'templateRef']} className="ow-cell-field">
                    <Input maxLength={500} aria-label={`${m.templateRef} ${field.name + 1}`} />
                  </Form.Item>
                ),
              },
              {
                title: '',
                key: 'remove',
                width: 64,
                fixed: 'right',
                render: (_: unknown, field) => (
                  <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                    {t.catalog.form.remove}
                  </Button>
                ),
              },
            ]}
          />
          <Button type="dashed" block className="ow-editor-add" onClick={() => add({ ...NEW_MATERIAL })}>
            {m.add}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
