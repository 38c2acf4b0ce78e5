import { Button, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { STEP_ROLE_LABELS, STEP_ROLES } from '../../shared/catalog-labels.js';
import { useI18n } from '../../shared/i18n/index.js';
import { NEW_STEP, type ItemValues } from './item-form-values.js';

/** 办理流程: the steps in order, each with its role and share of the promised limit (together ≤ 100%). */
export function StepsEditor() {
  const { t, locale } = useI18n();
  const s = t.catalog.form.step;
  const form = Form.useFormInstance<ItemValues>();
  const steps = Form.useWatch('steps', form) ?? [];
  const total = steps.reduce((sum, step) => sum + (step?.sharePercent ?? 0), 0);
  return (
    <Form.List name="steps">
      {(fields, { add, remove, move }, { errors }) => (
        <div className="ow-editor-table">
          {fields.length > 0 ? (
            <Table
              rowKey="key"
              size="small"
              bordered
              pagination={false}
              dataSource={fields}
              columns={[
                { title: '#', key: 'no', width: 40, render: (_: unknown, __: unknown, i: number) => i + 1 },
                {
                  title: s.name,
                  key: 'name',
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'name']} className="ow-cell-field">
                      <Input maxLength={500} aria-label={`${s.name} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: s.role,
                  key: 'role',
                  width: 160,
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'role']} className="ow-cell-field">
                      <Select options={STEP_ROLES.map((r) => ({ value: r, label: STEP_ROLE_LABELS[r][locale] }))} aria-label={`${s.role} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: s.share,
                  key: 'share',
                  width: 130,
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'sharePercent']} className="ow-cell-field">
                      <InputNumber min={0} max={100} precision={0} aria-label={`${s.share} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  key: 'actions',
                  width: 130,
                  render: (_: unknown, field, i: number) => (
                    <>
                      <Button type="link" size="small" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label="↑">
                        ↑
                      </Button>
                      <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                        {t.catalog.form.remove}
                      </Button>
                    </>
                  ),
                },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3} />
                  <Table.Summary.Cell index={3}>
                    <Typography.Text type={total > 100 ? 'danger' : 'secondary'}>{`Σ ${total}%`}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} />
                </Table.Summary.Row>
              )}
            />
          ) : null}
          <Button type="dashed" block className="ow-editor-add" onClick={() => add({ ...NEW_STEP })}>
            {s.add}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
