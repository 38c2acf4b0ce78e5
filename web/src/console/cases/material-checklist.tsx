import { Form, Input, InputNumber, Radio, Table, Tag, Typography } from 'antd';
import type { Material } from '../../shared/catalog-labels.js';
import { useCasesText } from './cases-text.js';

/**
 * 材料核对: the item's material list, one row each — received / missing / defective, the
 * originals and copies taken, a note. The rows are the Form.List `materials`, in the list's order.
 */
export function MaterialChecklist({ materials }: { materials: readonly Material[] }) {
  const { c } = useCasesText();
  const rows = (Form.useWatch('materials') as { status?: string }[] | undefined) ?? [];
  const received = rows.filter((r) => r?.status === 'received').length;
  return (
    <Form.List name="materials">
      {(fields) => (
        <>
          <Typography.Text type="secondary" data-testid="material-summary">
            {c.receive.summary(received, materials.length)}
          </Typography.Text>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            className="ow-material-checklist"
            columns={[
              {
                title: c.receive.material,
                key: 'name',
                render: (_, field) => {
                  const m = materials[field.name];
                  return (
                    <>
                      <Form.Item name={[field.name, 'name']} hidden>
                        <Input />
                      </Form.Item>
                      <span>{m?.name}</span>
                      {m?.requirement === 'conditional' ? <Tag className="ow-tag-gap">{m.condition ?? c.receive.optional}</Tag> : null}
                    </>
                  );
                },
              },
              { title: c.receive.required, key: 'required', width: 120, render: (_, field) => `${materials[field.name]?.originals ?? 0} / ${materials[field.name]?.copies ?? 0}` },
              {
                title: c.receive.status,
                key: 'status',
                width: 260,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'status']} className="ow-cell-item">
                    <Radio.Group
                      size="small"
                      optionType="button"
                      buttonStyle="solid"
                      options={[
                        { value: 'received', label: c.receive.received },
                        { value: 'missing', label: c.receive.missing },
                        { value: 'defective', label: c.receive.defective },
                      ]}
                    />
                  </Form.Item>
                ),
              },
              { title: c.receive.originals, key: 'originals', width: 80, render: (_, field) => <Form.Item name={[field.name, 'originals']} noStyle><InputNumber size="small" min={0} max={99} className="ow-number-narrow" /></Form.Item> },
              { title: c.receive.copies, key: 'copies', width: 80, render: (_, field) => <Form.Item name={[field.name, 'copies']} noStyle><InputNumber size="small" min={0} max={99} className="ow-number-narrow" /></Form.Item> },
              { title: c.receive.note, key: 'note', render: (_, field) => <Form.Item name={[field.name, 'note']} noStyle><Input size="small" maxLength={200} /></Form.Item> },
            ]}
          />
        </>
      )}
    </Form.List>
  );
}
