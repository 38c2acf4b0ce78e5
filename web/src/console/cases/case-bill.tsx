import { App, Button, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../shared/api.js';
import { useResource } from '../../shared/use-resource.js';
import { casesApi, type BillLine } from './cases-api.js';
import { useCasesText } from './cases-text.js';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** 收费: the item's fees for this case; waive with a reason, pay every open line under one invoice (一票制). */
export function CaseBill({ caseId, canHandle }: { caseId: string; canHandle: boolean }) {
  const { c } = useCasesText();
  const { message } = App.useApp();
  const bill = useResource(() => casesApi.bill(caseId), caseId);
  const [dialog, setDialog] = useState<'waive' | 'pay' | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [form] = Form.useForm<{ reason?: string; invoiceNo?: string }>();

  const lines = bill.data?.lines ?? [];
  if (!bill.loading && lines.length === 0) return <Typography.Text type="secondary">{c.bill.free}</Typography.Text>;
  const open = (l: BillLine) => !l.paidAt && !l.waiverReason;

  const save = async (values: { reason?: string; invoiceNo?: string }) => {
    try {
      if (dialog === 'waive') await casesApi.waive(caseId, lines.filter((l) => selected.includes(l.id)).map((l) => l.name), values.reason ?? '');
      else await casesApi.pay(caseId, values.invoiceNo ?? '');
      setDialog(null);
      setSelected([]);
      bill.reload();
    } catch (error) {
      void message.error(error instanceof ApiError ? error.message : String(error));
    }
  };

  return (
    <div data-testid="case-bill">
      <Table<BillLine>
        size="small"
        rowKey="id"
        pagination={false}
        loading={bill.loading}
        dataSource={lines}
        rowSelection={canHandle ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: (l) => ({ disabled: !open(l) || !l.waivable }) } : undefined}
        columns={[
          { title: c.bill.name, dataIndex: 'name' },
          { title: c.bill.amount, dataIndex: 'amountFen', width: 100, align: 'right', render: yuan },
          { title: c.bill.state, key: 'state', render: (_, l) => (l.paidAt ? c.bill.paid(l.invoiceNo ?? '') : l.waiverReason ? c.bill.waived(l.waiverReason) : c.bill.due) },
        ]}
      />
      <Space className="ow-bill-foot" wrap>
        <Typography.Text>{bill.data ? c.bill.total(yuan(bill.data.totalFen), yuan(bill.data.dueFen)) : ''}</Typography.Text>
        {canHandle ? (
          <>
            <Button size="small" disabled={selected.length === 0} onClick={() => setDialog('waive')}>
              {c.bill.waive}
            </Button>
            <Button size="small" type="primary" disabled={!bill.data || bill.data.dueFen === 0} onClick={() => setDialog('pay')}>
              {c.bill.pay}
            </Button>
          </>
        ) : null}
      </Space>
      <Modal open={dialog !== null} title={dialog === 'waive' ? c.bill.waive : c.bill.pay} onOk={() => form.submit()} onCancel={() => setDialog(null)} destroyOnHidden forceRender>
        <Form form={form} layout="vertical" onFinish={save}>
          {dialog === 'waive' ? (
            <Form.Item name="reason" label={c.bill.waiveReason} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea rows={2} maxLength={300} />
            </Form.Item>
          ) : (
            <Form.Item name="invoiceNo" label={c.bill.invoiceNo} rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={40} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
