import { Descriptions, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { CASE_TYPE_LABELS, CHANNEL_LABELS, ITEM_TYPE_LABELS, LIST_SEPARATOR, STEP_ROLE_LABELS, type Fee, type Material, type ProcessStep } from '../../shared/catalog-labels.js';
import { requirementText } from './requirement-text.js';
import type { CatalogItem, LifeEvent } from '../../shared/catalog-types.js';
import { useI18n } from '../../shared/i18n/index.js';

function Lines({ lines, empty }: { lines: readonly string[]; empty: string }) {
  if (lines.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <ol className="ow-lines">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  );
}

/** An item's current elements, read-only: the facts, then legal basis, conditions, materials, fees and steps. */
export function ItemElements({ item, windowName, lifeEvents }: { item: CatalogItem; windowName: (id: string) => string; lifeEvents: readonly LifeEvent[] }) {
  const { t, locale } = useI18n();
  const c = t.catalog;
  const i = c.item;
  const m = c.form.material;
  const eventName = (id: string) => lifeEvents.find((e) => e.id === id)?.label[locale] ?? id;
  return (
    <div className="ow-item-elements">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'code', label: c.form.code, span: { xs: 1, md: 2, xl: 3 }, children: <Typography.Text code>{item.code}</Typography.Text> },
          { key: 'type', label: c.form.type, children: ITEM_TYPE_LABELS[item.type][locale] },
          { key: 'department', label: c.form.department, children: item.departmentName },
          { key: 'caseType', label: c.common.caseType, children: <Tag color={item.caseType === 'onTheSpot' ? 'green' : 'blue'}>{CASE_TYPE_LABELS[item.caseType][locale]}</Tag> },
          { key: 'promised', label: c.common.promisedDays, children: item.promisedDays === 0 ? c.common.onTheSpot : c.common.days(item.promisedDays) },
          { key: 'legal', label: c.common.legalDays, children: item.legalDays === 0 ? c.common.onTheSpot : c.common.days(item.legalDays) },
          { key: 'visits', label: c.form.maxVisits, children: item.maxVisits === 0 ? c.common.zeroVisits : c.common.visits(item.maxVisits) },
          { key: 'channels', label: c.form.channels, children: item.channels.map((ch) => CHANNEL_LABELS[ch][locale]).join(LIST_SEPARATOR[locale]) },
          { key: 'agency', label: i.agency, children: item.agencyAllowed ? i.yes : i.no },
          { key: 'windows', label: i.windows, children: item.windowIds.map(windowName).join(LIST_SEPARATOR[locale]) || i.none },
          { key: 'result', label: i.result, children: item.result || i.none },
          { key: 'events', label: i.lifeEvents, children: item.lifeEvents.map(eventName).join(LIST_SEPARATOR[locale]) || i.none },
          { key: 'updated', label: i.updatedAt, children: `${dayjs(item.updatedAt).format('YYYY-MM-DD HH:mm')} · ${c.items.versionN(item.version)}` },
        ]}
      />
      <Typography.Title level={5} className="ow-form-section">
        {i.legalBasis}
      </Typography.Title>
      <Lines lines={item.legalBasis} empty={i.none} />
      <Typography.Title level={5} className="ow-form-section">
        {i.conditions}
      </Typography.Title>
      <Lines lines={item.conditions} empty={i.none} />
      <Typography.Title level={5} className="ow-form-section">
        {i.materials}
      </Typography.Title>
      <Table<Material>
        rowKey="name"
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={item.materials}
        columns={[
          { title: m.name, dataIndex: 'name' },
          { title: m.originals, dataIndex: 'originals', align: 'center' },
          { title: m.copies, dataIndex: 'copies', align: 'center' },
          { title: m.requirement, key: 'requirement', render: (_: unknown, row) => requirementText(row, locale) },
          { title: m.issuingBody, dataIndex: 'issuingBody' },
          { title: m.templateRef, dataIndex: 'templateRef' },
        ]}
      />
      <Typography.Title level={5} className="ow-form-section">
        {i.fees}
      </Typography.Title>
      {item.fees.length === 0 ? (
        <Typography.Text type="secondary">{c.portal.noFees}</Typography.Text>
      ) : (
        <Table<Fee>
          rowKey="name"
          size="small"
          bordered
          pagination={false}
          dataSource={item.fees}
          columns={[
            { title: c.form.fee.name, dataIndex: 'name' },
            { title: c.form.fee.standard, dataIndex: 'standard' },
            { title: c.form.fee.legalBasis, dataIndex: 'legalBasis' },
            { title: c.form.fee.waivable, dataIndex: 'waivable', render: (w: boolean) => (w ? i.yes : i.no) },
          ]}
        />
      )}
      <Typography.Title level={5} className="ow-form-section">
        {i.steps}
      </Typography.Title>
      <Table<ProcessStep>
        rowKey={(s) => `${s.name}-${s.role}`}
        size="small"
        bordered
        pagination={false}
        dataSource={item.steps}
        columns={[
          { title: '#', key: 'no', width: 40, render: (_: unknown, __: unknown, n: number) => n + 1 },
          { title: c.form.step.name, dataIndex: 'name' },
          { title: c.form.step.role, dataIndex: 'role', render: (r: ProcessStep['role']) => STEP_ROLE_LABELS[r][locale] },
          { title: c.form.step.share, dataIndex: 'sharePercent', render: (n: number) => `${n}%` },
        ]}
      />
    </div>
  );
}
