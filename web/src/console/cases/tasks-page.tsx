import { Button, Input, Table, Tabs, type TableColumnsType } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import { Link } from 'react-router-dom';
import type { Role } from '../../shared/roles.js';
import { LoadFailure } from '../../shared/results.js';
import { useResource } from '../../shared/use-resource.js';
import { Page } from '../components/page.js';
import { useSearchParam } from '../components/search-param.js';
import { CONSOLE } from '../nav.js';
import { useMe } from '../session.js';
import { ClockTag, StateTag } from './case-tags.js';
import { casesApi, type CaseListItem, type CaseTask } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import { casePath } from './case-paths.js';

/** The task lists each role works from; roles not listed (supervisors, leaders, admins) see them all. */
const TASKS_OF_ROLE: Partial<Record<Role, CaseTask[]>> = {
  clerk: ['intake', 'correction', 'delivery'],
  agent: ['intake', 'correction', 'delivery'],
  reviewer: ['review', 'suspended'],
  approver: ['approval', 'suspended'],
  chief_representative: ['approval', 'review', 'intake', 'delivery'],
};
const ALL_TASKS: CaseTask[] = ['intake', 'correction', 'review', 'approval', 'suspended', 'delivery'];

function tasksOf(roles: readonly Role[]): CaseTask[] {
  const own = new Set(roles.flatMap((role) => TASKS_OF_ROLE[role] ?? ALL_TASKS));
  return ALL_TASKS.filter((task) => own.has(task));
}

/** 工作台: the user's task lists, nearest deadline first, coloured by the clock's warning level. */
export function TasksPage() {
  const { t, c } = useCasesText();
  const { me } = useMe();
  const tasks = tasksOf(me.roles);
  const [taskParam, setTask] = useSearchParam('task');
  const [q, setQ] = useSearchParam('q');
  const task = taskParam === 'all' ? 'all' : (tasks.find((x) => x === taskParam) ?? tasks[0] ?? 'all');
  const list = useResource(() => casesApi.list({ ...(task === 'all' ? {} : { task }), q, limit: 200 }), `${task}|${q ?? ''}`);

  if (list.error) return <LoadFailure error={list.error} home={CONSOLE} onRetry={list.reload} />;

  const columns: TableColumnsType<CaseListItem> = [
    { title: c.list.caseNo, dataIndex: 'caseNo', width: 230, render: (no: string, row) => <Link to={casePath(row.id)} className="ow-mono">{no}</Link> },
    { title: c.list.item, dataIndex: 'itemName', ellipsis: true },
    { title: c.list.applicant, key: 'applicant', width: 130, ellipsis: true, render: (_, row) => row.applicant.name },
    { title: c.list.state, dataIndex: 'state', width: 130, render: (state: string) => <StateTag state={state} className="ow-state-tag" /> },
    { title: c.list.receivedAt, dataIndex: 'receivedAt', width: 140, responsive: ['xxl'], render: (at: string | null) => (at ? chinaTime(at) : '') },
    { title: c.list.deadline, key: 'deadline', width: 110, render: (_, row) => row.clock?.deadline ?? '—' },
    { title: c.list.remaining, key: 'clock', width: 140, render: (_, row) => <ClockTag clock={row.clock} /> },
  ];

  return (
    <Page
      title={t.menu.caseTasks}
      hint={t.pageHints.caseTasks}
      toolbar={
        <div className="ow-cases-toolbar">
          <Tabs
            activeKey={task}
            onChange={(key) => setTask(key)}
            items={[...tasks.map((key) => ({ key, label: c.tasks[key] })), { key: 'all', label: c.tasks.all }]}
          />
          <Input.Search className="ow-filter" allowClear placeholder={c.list.search} defaultValue={q} onSearch={(v) => setQ(v.trim() || undefined)} />
          <Button onClick={list.reload}>{t.common.refresh}</Button>
        </div>
      }
    >
      <Table<CaseListItem>
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: c.list.empty }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        rowClassName={(row) => (row.clock ? `ow-clock-row-${row.clock.level}` : '')}
        data-testid="case-task-list"
      />
    </Page>
  );
}
