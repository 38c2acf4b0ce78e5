import { Descriptions, Space, Table, Tag } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import { ClockTag, StateTag } from './case-tags.js';
import type { CaseDetail } from './cases-api.js';
import { useCasesText } from './cases-text.js';

function applicantLine(applicant: CaseDetail['applicant']): string {
  return applicant.type === 'person'
    ? `${applicant.name} · ${applicant.idNumber} · ${applicant.phone}`
    : `${applicant.name} · ${applicant.creditCode} · ${applicant.legalRepresentative} · ${applicant.phone}`;
}

/** The case's head: number, item, applicant (in full: staff need it), state. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { c } = useCasesText();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="ow-case-header" data-testid="case-header">
      <Descriptions.Item label={c.list.caseNo}>
        <Space size={8} wrap>
          <span className="ow-mono">{detail.caseNo}</span>
          <StateTag state={detail.state} />
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={c.detail.item}>{detail.itemName}</Descriptions.Item>
      <Descriptions.Item label={c.detail.applicant}>{applicantLine(detail.applicant)}</Descriptions.Item>
      <Descriptions.Item label={c.detail.channel}>{c.detail.channels[detail.channel] ?? detail.channel}</Descriptions.Item>
      <Descriptions.Item label={c.detail.caseType}>{c.detail.caseTypes[detail.caseType] ?? detail.caseType}</Descriptions.Item>
      <Descriptions.Item label={c.detail.queryCode}>
        <span className="ow-mono">{detail.queryCode}</span>
      </Descriptions.Item>
      <Descriptions.Item label={c.detail.receivedAt}>{detail.receivedAt ? chinaTime(detail.receivedAt) : '—'}</Descriptions.Item>
      {detail.decision ? (
        <Descriptions.Item label={c.detail.decision}>
          {c.detail.decisions[detail.decision]} {detail.decisionReason ? `· ${detail.decisionReason}` : ''}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** 办理时限: accepted on, deadline, working days left with the warning colour, suspensions, extension. */
export function CaseClock({ detail }: { detail: CaseDetail }) {
  const { c } = useCasesText();
  const stops = detail.events.filter((e) => e.type === 'suspend').length;
  return (
    <Descriptions size="small" column={1} bordered data-testid="case-clock">
      <Descriptions.Item label={c.detail.acceptedOn}>
        {detail.acceptedOn ? `${detail.acceptedOn}${detail.deemedAccepted ? c.detail.deemed : ''}` : '—'}
        {detail.caseType === 'promised' ? <span className="ow-muted"> · {c.detail.promisedDays(detail.promisedDays)}</span> : null}
      </Descriptions.Item>
      <Descriptions.Item label={c.detail.deadline}>{detail.clock?.deadline ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={c.detail.remaining}>
        <ClockTag clock={detail.clock} />
      </Descriptions.Item>
      <Descriptions.Item label={c.detail.suspensions}>{stops > 0 ? stops : c.detail.none}</Descriptions.Item>
      <Descriptions.Item label={c.detail.extension}>{detail.extensionDays > 0 ? c.detail.extensionDays(detail.extensionDays) : c.detail.none}</Descriptions.Item>
    </Descriptions>
  );
}

const MATERIAL_COLOR = { received: 'success', missing: 'error', defective: 'warning' } as const;

export function CaseMaterials({ detail }: { detail: CaseDetail }) {
  const { c } = useCasesText();
  const many = new Set(detail.materials.map((m) => m.submissionNo)).size > 1;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(m) => `${m.submissionNo}-${m.name}`}
      dataSource={detail.materials}
      columns={[
        ...(many ? [{ title: '#', key: 'submission', width: 110, render: (_: unknown, m: CaseDetail['materials'][number]) => c.detail.submission(m.submissionNo) }] : []),
        { title: c.receive.material, dataIndex: 'name' },
        { title: c.receive.status, dataIndex: 'status', width: 120, render: (s: keyof typeof MATERIAL_COLOR) => <Tag color={MATERIAL_COLOR[s]}>{c.receive[s]}</Tag> },
        { title: c.receive.originals, dataIndex: 'originals', width: 90 },
        { title: c.receive.copies, dataIndex: 'copies', width: 90 },
        { title: c.receive.note, dataIndex: 'note', ellipsis: true },
      ]}
    />
  );
}
