import { Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { CaseActionType, CaseDetail } from './cases-api.js';
import { useCasesText } from './cases-text.js';

const SUSPENSION_KINDS = ['hearing', 'expertReview', 'testing', 'inspection', 'quarantine', 'appraisal', 'tendering', 'auction', 'siteInspection', 'publicNotice'];
/** Actions done with one click (a confirmation); the others open a form. */
export const ONE_CLICK: readonly CaseActionType[] = ['accept', 'resubmit', 'resume', 'complete'];

const required = [{ required: true, whitespace: true }];

/** The correction notice's list: every missing or defective material at once (一次告知), prefilled from the check. */
function ProblemList({ detail }: { detail: CaseDetail }) {
  const { c } = useCasesText();
  const names = [...new Set(detail.materials.map((m) => m.name))];
  return (
    <Form.List name="problems">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="start" className="ow-problem-row">
              <Form.Item name={[field.name, 'material']} rules={required}>
                <Select className="ow-problem-material" placeholder={c.actions.problemMaterial} options={names.map((n) => ({ value: n, label: n }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'problem']} rules={required}>
                <Input className="ow-problem-text" placeholder={c.actions.problemText} maxLength={200} />
              </Form.Item>
              <Button type="text" onClick={() => remove(field.name)}>
                ×
              </Button>
            </Space>
          ))}
          <Button onClick={() => add({})}>{c.actions.addProblem}</Button>
        </>
      )}
    </Form.List>
  );
}

/** The fields an action needs (reason, legal basis, decision …), by the lifecycle's action type. */
export function ActionFields({ type, detail }: { type: CaseActionType; detail: CaseDetail }) {
  const { c } = useCasesText();
  const method = Form.useWatch('method') as string | undefined;
  const decisionField = (name: string, label: string) => (
    <Form.Item name={name} label={label} initialValue="grant">
      <Radio.Group optionType="button" options={(['grant', 'deny'] as const).map((d) => ({ value: d, label: c.detail.decisions[d] }))} />
    </Form.Item>
  );
  const reason = (
    <Form.Item name="reason" label={c.actions.reason} rules={required}>
      <Input.TextArea rows={3} maxLength={500} />
    </Form.Item>
  );
  switch (type) {
    case 'requestCorrection':
      return (
        <Form.Item label={c.actions.problems} required>
          <ProblemList detail={detail} />
        </Form.Item>
      );
    case 'refuse':
      return (
        <>
          {reason}
          <Form.Item name="legalBasis" label={c.actions.legalBasis} rules={required}>
            <Input maxLength={500} placeholder="《中华人民共和国行政许可法》第三十二条第一款第（二）项" />
          </Form.Item>
        </>
      );
    case 'review':
      return (
        <>
          {decisionField('recommendation', c.actions.recommendation)}
          <Form.Item name="opinion" label={c.actions.opinion} rules={required}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </>
      );
    case 'approve':
      return (
        <>
          {decisionField('decision', c.actions.decision)}
          {reason}
        </>
      );
    case 'suspend':
      return (
        <>
          <Form.Item name="kind" label={c.actions.kind} rules={[{ required: true }]}>
            <Select options={SUSPENSION_KINDS.map((k) => ({ value: k, label: c.actions.suspensionKinds[k] }))} />
          </Form.Item>
          {reason}
        </>
      );
    case 'extend':
      return (
        <>
          <Form.Item name="days" label={c.actions.days} rules={[{ required: true }]}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          {reason}
        </>
      );
    case 'deliver':
      return (
        <>
          <Form.Item name="method" label={c.actions.method} initialValue="pickup">
            <Radio.Group optionType="button" options={['pickup', 'mail', 'electronic'].map((m) => ({ value: m, label: c.actions.methods[m] }))} />
          </Form.Item>
          {method === 'mail' ? (
            <Form.Item name="trackingNo" label={c.actions.trackingNo} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
          ) : method === 'electronic' ? (
            <Form.Item name="licenceNo" label={c.actions.licenceNo} rules={required}>
              <Input maxLength={80} />
            </Form.Item>
          ) : (
            <Form.Item name="signedBy" label={c.actions.signedBy} rules={required}>
              <Input maxLength={50} />
            </Form.Item>
          )}
        </>
      );
    default:
      return reason;
  }
}

/** The initial values of an action's form: the correction notice lists every material the check found missing or defective. */
export function initialValuesOf(type: CaseActionType, detail: CaseDetail): Record<string, unknown> {
  if (type !== 'requestCorrection') return {};
  const current = Math.max(0, ...detail.materials.map((m) => m.submissionNo));
  const problems = detail.materials
    .filter((m) => m.submissionNo === current && m.status !== 'received')
    .map((m) => ({ material: m.name, problem: m.note || (m.status === 'missing' ? '未提交' : '不符合要求') }));
  return { problems: problems.length ? problems : [{}] };
}
