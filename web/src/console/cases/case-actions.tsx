import { Alert, App, Button, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api.js';
import { ActionFields, initialValuesOf, ONE_CLICK } from './action-fields.js';
import { casesApi, type CaseAction, type CaseActionType, type CaseDetail } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import { fieldNameOf } from './receive-support.js';

/** Actions the case page offers; others (online pre-review, submit) belong to other pages. */
const OFFERED: readonly CaseActionType[] = ['accept', 'requestCorrection', 'refuse', 'resubmit', 'review', 'approve', 'suspend', 'resume', 'extend', 'complete', 'deliver', 'withdraw', 'terminate'];
const DANGER: readonly CaseActionType[] = ['refuse', 'withdraw', 'terminate'];

/**
 * 办理: a button for each action the lifecycle allows this user now. Each sends the version the
 * page shows; when someone else moved the case first (409) the server's message is shown and the
 * page reloads.
 */
export function CaseActions({ detail, allowed, onDone }: { detail: CaseDetail; allowed: readonly CaseActionType[]; onDone: () => void }) {
  const { c } = useCasesText();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState<CaseActionType | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const offered = allowed.filter((a) => OFFERED.includes(a));
  const main = offered.find((a) => !DANGER.includes(a));

  const send = async (action: CaseAction): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await casesApi.act(detail.id, detail.version, action);
      void message.success(c.actions.done);
      onDone();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        void message.error(`${error.message} ${c.actions.conflict}`);
        onDone();
        return true;
      }
      if (error instanceof ApiError && error.issues.length) {
        form.setFields(error.issues.map((i) => ({ name: fieldNameOf(i.path.replace(/^\/action/, '')), errors: [i.message] })));
      }
      setProblem(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const start = (type: CaseActionType) => {
    if (ONE_CLICK.includes(type)) {
      modal.confirm({ title: c.actions.labels[type], okText: c.actions.labels[type], onOk: () => send({ type } as CaseAction) });
      return;
    }
    form.resetFields();
    form.setFieldsValue(initialValuesOf(type, detail, c.actions));
    setProblem(null);
    setOpen(type);
  };

  const submit = async (values: Record<string, unknown>) => {
    if (open && (await send({ type: open, ...values } as CaseAction))) setOpen(null);
  };

  return (
    <div data-testid="case-actions">
      {offered.length === 0 ? (
        <Typography.Text type="secondary">{c.actions.none}</Typography.Text>
      ) : (
        <Space wrap>
          {offered.map((type) => (
            <Button key={type} type={type === main ? 'primary' : 'default'} danger={DANGER.includes(type)} onClick={() => start(type)} data-testid={`action-${type}`}>
              {c.actions.labels[type]}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={open !== null}
        title={open ? c.actions.labels[open] : ''}
        okText={open ? c.actions.labels[open] : ''}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        width={640}
        destroyOnHidden
        forceRender
      >
        {problem ? <Alert type="error" showIcon className="ow-form-alert" title={problem} /> : null}
        <Form form={form} layout="vertical" onFinish={submit} data-testid="action-form">
          {open ? <ActionFields type={open} detail={detail} /> : null}
        </Form>
      </Modal>
    </div>
  );
}
