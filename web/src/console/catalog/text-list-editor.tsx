import { Button, Form, Input } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';

/**
 * A list of one-line entries (设定依据, 受理条件): one input per entry, each taking the server's
 * issue for its own line (/legalBasis/1), the list's own issue below it.
 */
export function TextListEditor({ name, label, addText, extra }: { name: 'legalBasis' | 'conditions'; label: string; addText: string; extra?: string }) {
  const { t } = useI18n();
  return (
    <Form.Item label={label} extra={extra} className="ow-list-field">
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <div className="ow-text-list">
            {fields.map((field, index) => (
              <div key={field.key} className="ow-text-list-row">
                <span className="ow-text-list-no">{index + 1}.</span>
                <Form.Item name={field.name} className="ow-text-list-input">
                  <Input maxLength={2000} aria-label={`${label} ${index + 1}`} />
                </Form.Item>
                <Button type="text" danger onClick={() => remove(field.name)}>
                  {t.catalog.form.remove}
                </Button>
              </div>
            ))}
            <Button type="dashed" onClick={() => add('')}>
              {addText}
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
