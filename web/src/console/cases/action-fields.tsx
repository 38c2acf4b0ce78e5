import { Form, Input, InputNumber, Radio, Select } from 'antd';
import type { CaseActionType, CaseDetail } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import { ProblemListField } from '../components/problem-list-field.js';

const SUSPENSION_KINDS = ['hearing', 'expertReview', 'testing', 'inspection', 'quarantine', 'appraisal', 'tendering', 'auction', 'siteInspection', 'publicNotice'];
/** Actions done with one click (a confirmation); the others open a form. */
export const ONE_CLICK: readonly CaseActionType[] = ['accept', 'resubmit', 'resume', 'complete'];

const required = [{ required: true, whitespace: true }];

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
          <ProblemListField
            materials={detail.materials.map((m) => m.name)}
            text={{ material: c.actions.problemMaterial, problem: c.actions.problemText, add: c.actions.addProblem, remove: c.actions.removeProblem }}
          />
        </Form.Item>
      );
    case 'refuse':
      return (
        <>
          {reason}
          <Form.Item name="legalBasis" label={c.actions.legalBasis} rules={required}>
            <Input maxLength={500} placeholder={c.actions.legalBasisExample} />
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
export function initialValuesOf(type: CaseActionType, detail: CaseDetail, text: { missingProblem: string; defectiveProblem: string }): Record<string, unknown> {
  if (type !== 'requestCorrection') return {};
  const current = Math.max(0, ...detail.materials.map((m) => m.submissionNo));
  const problems = detail.materials
    .filter((m) => m.submissionNo === current && m.status !== 'received')
    .map((m) => ({ material: m.name, problem: m.note || (m.status === 'missing' ? text.missingProblem : text.defectiveProblem) }));
  return { problems: problems.length ? problems : [{ material: '', problem: '' }] };
}
