import { AutoComplete, Button, Form, Input } from 'antd';

const required = [{ required: true, whitespace: true }];

export interface ProblemListText {
  material: string;
  problem: string;
  add: string;
  remove: string;
}

/**
 * 一次告知: the form list `problems`, every problem at once, each a material (one of `materials`,
 * or typed: "申请信息" for the form itself) and what is wrong with it. Used by the correction
 * notice of a case and by the return of an online application at pre-review.
 */
export function ProblemListField({ materials, text }: { materials: readonly string[]; text: ProblemListText }) {
  const options = [...new Set(materials)].map((value) => ({ value }));
  return (
    <Form.List name="problems">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <div key={field.key} className="ow-problem-row">
              <Form.Item name={[field.name, 'material']} rules={required} className="ow-problem-material">
                <AutoComplete options={options} placeholder={text.material} aria-label={text.material} filterOption={(input, option) => option?.value.includes(input.trim()) ?? false} />
              </Form.Item>
              <Form.Item name={[field.name, 'problem']} rules={required} className="ow-problem-text">
                <Input placeholder={text.problem} aria-label={text.problem} maxLength={200} />
              </Form.Item>
              <Button type="link" danger onClick={() => remove(field.name)} disabled={fields.length === 1}>
                {text.remove}
              </Button>
            </div>
          ))}
          <Button type="dashed" block onClick={() => add({ material: '', problem: '' })}>
            {text.add}
          </Button>
        </>
      )}
    </Form.List>
  );
}
