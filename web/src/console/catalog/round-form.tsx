import { App, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { Department, ServiceWindow } from '../../shared/api-types.js';
import { CLEANUP_ACTION_LABELS } from '../../shared/catalog-labels.js';
import { CLEANUP_ACTIONS, type CleanupRound, type ItemSummary } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { FormDrawer } from '../components/form-drawer.js';
import { catalogApi } from './catalog-api.js';
import { onRows, roundProposals, roundRows, type RoundValues } from './round-rows.js';

const FIELDS = ['title', 'documentNo', 'rows'] as const;
const LISTS = ['rows'] as const;

interface Lookups {
  items: readonly ItemSummary[];
  departments: readonly Department[];
  windows: readonly ServiceWindow[];
}

/**
 * A cleanup round's draft: its title and document number, and for each active item the action
 * proposed (保留 / 取消 / 调整 / 下放 / 合并 / 即办化) with its reason and, as the action needs, the
 * new limits, the receiving township department and windows, or the item it merges into. The
 * server checks the whole round at once; each issue comes back to its item's row.
 */
export function RoundForm({ editing, lookups, onClose, onSaved }: { editing: CleanupRound | null; lookups: Lookups; onClose: () => void; onSaved: (round: CleanupRound) => void }) {
  const { t, locale } = useI18n();
  const c = t.catalog.cleanup;
  const { message } = App.useApp();
  const [form] = Form.useForm<RoundValues>();
  const { busy, alert, submit } = useFormSubmit(form, FIELDS, {}, LISTS);
  const { items, departments, windows } = lookups;
  const [needle, setNeedle] = useState('');
  const [onlyChosen, setOnlyChosen] = useState(false);
  // Rows hidden by the filter keep their values: watch (and save) all of them, not only those shown.
  const rows = Form.useWatch('rows', { form, preserve: true }) ?? [];
  const initial = useMemo<RoundValues>(() => ({ title: editing?.title ?? '', documentNo: editing?.documentNo ?? '', rows: roundRows(items, editing) }), [editing, items]);
  const kept = useMemo(() => editing?.proposals.filter((p) => !items.some((i) => i.code === p.code)) ?? [], [editing, items]);
  const chosen = rows.filter((r) => r?.action).length + kept.length;

  const save = async () => {
    const values = form.getFieldsValue(true) as RoundValues;
    setNeedle('');
    const formRows = values.rows ?? [];
    const { proposals, rowOf } = roundProposals(items, formRows, kept);
    const body = { title: (values.title ?? '').trim(), documentNo: values.documentNo?.trim() ? values.documentNo.trim() : null, proposals };
    const out: { round?: CleanupRound } = {};
    const ok = await submit(async () => {
      try {
        out.round = editing ? await catalogApi.updateRound(editing.id, body) : await catalogApi.createRound(body);
      } catch (error) {
        throw onRows(error, rowOf, formRows);
      }
    });
    if (ok && out.round) {
      void message.success(c.saved);
      onSaved(out.round);
    }
  };

  const chooseAction = (index: number, item: ItemSummary) => {
    form.setFieldValue(['rows', index, 'legalDays'], item.legalDays);
    form.setFieldValue(['rows', index, 'promisedDays'], item.promisedDays);
    form.setFieldValue(['rows', index, 'maxVisits'], item.maxVisits);
  };

  const text = needle.trim().toLowerCase();
  const shown = items
    .map((item, index) => ({ item, index }))
    .filter(({ item, index }) => (!onlyChosen || rows[index]?.action) && (!text || item.name.toLowerCase().includes(text) || item.code.toLowerCase().includes(text) || item.departmentName.includes(needle.trim())));

  const details = (index: number) => {
    const action = rows[index]?.action;
    if (action === 'adjust') {
      return (
        <Space size={4} wrap>
          {(['legalDays', 'promisedDays', 'maxVisits'] as const).map((key) => (
            <Form.Item key={key} name={['rows', index, key]} label={c[key]} layout="horizontal" colon={false} className="ow-cell-field">
              <InputNumber min={0} precision={0} className="ow-small-number" />
            </Form.Item>
          ))}
        </Space>
      );
    }
    if (action === 'delegate') {
      const departmentId = rows[index]?.departmentId;
      const target = departments.find((d) => d.id === departmentId);
      return (
        <Space orientation="vertical" size={4} className="ow-fill">
          <Form.Item name={['rows', index, 'departmentId']} className="ow-cell-field">
            <Select placeholder={c.toDepartment} showSearch={{ optionFilterProp: 'label' }} options={departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }))} />
          </Form.Item>
          <Form.Item name={['rows', index, 'windowIds']} className="ow-cell-field">
            <Select
              mode="multiple"
              placeholder={c.toWindows}
              options={windows.filter((w) => w.active && (!target || w.centerId === target.centerId)).map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
            />
          </Form.Item>
        </Space>
      );
    }
    if (action === 'merge') {
      return (
        <Form.Item name={['rows', index, 'intoCode']} className="ow-cell-field">
          <Select placeholder={c.intoCode} showSearch={{ optionFilterProp: 'label' }} options={items.filter((_, i) => i !== index).map((i) => ({ value: i.code, label: i.name }))} />
        </Form.Item>
      );
    }
    return null;
  };

  const columns: TableColumnsType<{ item: ItemSummary; index: number }> = [
    {
      title: c.item,
      key: 'item',
      width: 260,
      render: (_: unknown, { item }) => (
        <div>
          <div>{item.name}</div>
          <Typography.Text type="secondary" className="ow-cell-note">
            {`${item.departmentName} · ${t.catalog.items.limits} ${item.promisedDays}/${item.legalDays}`}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: c.action,
      key: 'action',
      width: 140,
      render: (_: unknown, { item, index }) => (
        <Form.Item name={['rows', index, 'action']} className="ow-cell-field">
          <Select
            allowClear
            placeholder={c.noAction}
            aria-label={t.catalog.common.labelled(c.action, item.name)}
            onChange={() => chooseAction(index, item)}
            options={CLEANUP_ACTIONS.map((a) => ({ value: a, label: CLEANUP_ACTION_LABELS[a][locale] }))}
          />
        </Form.Item>
      ),
    },
    {
      title: c.reason,
      key: 'reason',
      width: 240,
      render: (_: unknown, { item, index }) =>
        rows[index]?.action ? (
          <Form.Item name={['rows', index, 'reason']} className="ow-cell-field">
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={2000} aria-label={t.catalog.common.labelled(c.reason, item.name)} />
          </Form.Item>
        ) : null,
    },
    { title: c.details, key: 'details', width: 320, render: (_: unknown, { index }) => details(index) },
  ];

  return (
    <FormDrawer title={editing ? c.editTitle(editing.title) : c.newTitle} open busy={busy} size={1100} onClose={onClose} onSave={() => form.submit()}>
      {alert}
      <Form form={form} name="roundForm" layout="vertical" onFinish={save} initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="title" label={c.title} required>
              <Input maxLength={200} placeholder={c.titlePlaceholder} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="documentNo" label={c.documentNo} extra={c.documentNoHelp}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary">{c.chooseHint}</Typography.Paragraph>
        <Space wrap className="ow-round-tools">
          <Input.Search allowClear placeholder={c.filter} value={needle} onChange={(e) => setNeedle(e.target.value)} className="ow-filter ow-filter-wide" />
          <Checkbox checked={onlyChosen} onChange={(e) => setOnlyChosen(e.target.checked)}>
            {c.onlyChosen}
          </Checkbox>
          <Typography.Text strong>{c.chosen(chosen)}</Typography.Text>
        </Space>
        <Table rowKey={(r) => r.item.id} size="small" bordered pagination={false} scroll={{ x: 960, y: 520 }} dataSource={shown} columns={columns} />
        {kept.map((p) => (
          <Typography.Paragraph key={p.code} type="warning">
            {`${c.unknownItem(p.code)} · ${CLEANUP_ACTION_LABELS[p.action][locale]}`}
          </Typography.Paragraph>
        ))}
      </Form>
    </FormDrawer>
  );
}
