import { Button, Form, Input } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';

export interface ProgressQuery {
  caseNo: string;
  code: string;
}

/** Case number and query code, as printed on the receipt. */
export function ProgressForm({ initial, onSearch, loading }: { initial?: Partial<ProgressQuery>; onSearch: (query: ProgressQuery) => void; loading?: boolean }) {
  const { t } = useI18n();
  const p = t.rating.progress;
  return (
    <Form<ProgressQuery>
      layout="vertical"
      className="ow-progress-form"
      initialValues={initial}
      requiredMark={false}
      onFinish={(values) => onSearch({ caseNo: values.caseNo.trim(), code: values.code.trim() })}
    >
      <Form.Item name="caseNo" label={p.caseNo} rules={[{ required: true, whitespace: true, message: p.required }]}>
        <Input size="large" placeholder={p.caseNoPlaceholder} autoComplete="off" inputMode="numeric" />
      </Form.Item>
      <Form.Item name="code" label={p.queryCode} rules={[{ required: true, whitespace: true, message: p.required }]}>
        <Input size="large" placeholder={p.queryCodePlaceholder} autoComplete="off" autoCapitalize="characters" />
      </Form.Item>
      <Button type="primary" size="large" htmlType="submit" block loading={loading}>
        {p.search}
      </Button>
    </Form>
  );
}
