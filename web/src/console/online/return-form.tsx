import { AutoComplete, Button, Form, Input, Modal } from 'antd';
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
  const materials = [...new Set(application.uploads.map((u) => u.material))].map((value) => ({ value }));

  const onFinish = (values: { problems: MaterialProblem[]; note?: string }) =>
    submit(async () => {
      await preReviewApi.giveBack(application.id, application.version, values.problems ?? [], values.note);
      onDone();
    });

  return (
    <Modal open title={p.returnTitle} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okText={p.returnAction} okButtonProps={{ danger: true }} width={640}>
      {alert}
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ problems: [{ material: '', problem: '' }] }}>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} className="ow-return-row">
                  <Form.Item name={[field.name, 'material']} label={p.material} className="ow-return-material">
                    <AutoComplete options={materials} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'problem']} label={p.problem} className="ow-return-problem">
                    <Input />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)} disabled={fields.length === 1}>
                    {t.online.apply.remove}
                  </Button>
                </div>
              ))}
              <Button type="dashed" block onClick={() => add({ material: '', problem: '' })}>
                {p.addProblem}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={p.note} style={{ marginTop: 16 }}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
