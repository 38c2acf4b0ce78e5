import { Form, Input, Modal } from 'antd';
import { ProblemListField } from '../components/problem-list-field.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { preReviewApi, type MaterialProblem, type QueuedApplication } from './pre-review-api.js';

const FIELDS = ['problems', 'note'];
const LISTS = ['problems'];

/** 退回补正: every problem at once (一次告知), each a material and what is wrong with it. */
export function ReturnForm({ application, onClose, onDone }: { application: QueuedApplication; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const p = t.online.preReview;
  const [form] = Form.useForm<{ problems: MaterialProblem[]; note?: string }>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, {}, LISTS);

  const onFinish = (values: { problems: MaterialProblem[]; note?: string }) =>
    submit(async () => {
      await preReviewApi.giveBack(application.id, application.version, values.problems ?? [], values.note);
      onDone();
    });

  return (
    <Modal open title={p.returnTitle} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okText={p.returnAction} okButtonProps={{ danger: true }} width={640}>
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ problems: [{ material: '', problem: '' }] }}>
        <ProblemListField
          materials={application.uploads.map((u) => u.material)}
          text={{ material: p.material, problem: p.problem, add: p.addProblem, remove: t.online.apply.remove }}
        />
        <Form.Item name="note" label={p.note} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
