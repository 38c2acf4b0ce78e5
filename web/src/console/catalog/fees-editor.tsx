import { Button, Checkbox, Form, Input, InputNumber, Table, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';
import { NEW_FEE } from './item-form-values.js';

/** Fen in the API, yuan on the screen. */
const toYuan = (fen: number | null | undefined) => ({ value: fen === null || fen === undefined ? null : fen / 100 });
const toFen = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : Math.round(yuan * 100));

/** 收费 of an item: name, standard, legal basis (no basis, no fee), fixed amount, waivable. */
export function FeesEditor() {
  const { t } = useI18n();
  const f = t.catalog.form.fee;
  return (
    <Form.List name="fees">
      {(fields, { add, remove }, { errors }) => (
        <div className="ow-editor-table">
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{f.none}</Typography.Paragraph>
          ) : (
            <Table
              rowKey="key"
              size="small"
              bordered
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={fields}
              columns={[
                {
                  title: f.name,
                  key: 'name',
                  width: 180,
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'name']} className="ow-cell-field">
                      <Input maxLength={500} aria-label={`${f.name} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: f.standard,
                  key: 'standard',
                  width: 150,
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'standard']} className="ow-cell-field">
                      <Input maxLength={500} aria-label={`${f.standard} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: f.legalBasis,
                  key: 'legalBasis',
                  width: 260,
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'legalBasis']} className="ow-cell-field">
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={2000} aria-label={`${f.legalBasis} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: f.amount,
                  key: 'amountFen',
                  width: 110,
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'amountFen']} className="ow-cell-field" getValueProps={toYuan} normalize={toFen}>
                      <InputNumber min={0} precision={2} aria-label={`${f.amount} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: f.waivable,
                  key: 'waivable',
                  width: 80,
                  align: 'center',
                  render: (_: unknown, field) => (
                    <Form.Item name={[field.name, 'waivable']} valuePropName="checked" className="ow-cell-field">
                      <Checkbox aria-label={`${f.waivable} ${field.name + 1}`} />
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  key: 'remove',
                  width: 64,
                  render: (_: unknown, field) => (
                    <Button type="link" danger size="small" onClick={() => remove(field.name)}>
                      {t.catalog.form.remove}
                    </Button>
                  ),
                },
              ]}
            />
          )}
          <Button type="dashed" block className="ow-editor-add" onClick={() => add({ ...NEW_FEE })}>
            {f.add}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}
