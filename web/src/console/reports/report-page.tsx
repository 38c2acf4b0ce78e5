import { Alert, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../shared/i18n/index.js';
import { useResource } from '../../shared/use-resource.js';
import { orgApi } from '../org/org-api.js';
import { useMe } from '../session.js';
import { ReportBody } from './report-body.js';
import { currentPeriodValue, isPeriodValue, reportPeriod, withFilters, type ReportKind } from './report-period.js';
import { ReportToolbar, type ReportFilters } from './report-toolbar.js';
import { useReport } from './use-report.js';
import './reports.css';

/**
 * 月度报表 / 年度报表: a month's or a year's figures with 同比/环比, volumes, trends, rankings and the
 * township roll-up, for a center (with its subtree) and optionally a department. The period and
 * filters are kept in the address (?month=2026-11&center=…), so a report can be bookmarked. When
 * the server refuses the query (a center outside the user's scope, an unknown department), its
 * message is shown and no figures.
 */
export function ReportPage({ kind }: { kind: ReportKind }) {
  const { t } = useI18n();
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const asked = params.get(kind) ?? undefined;
  const value = isPeriodValue(kind, asked) ? asked : currentPeriodValue(kind, new Date());
  const filters: ReportFilters = { center: params.get('center') ?? undefined, department: params.get('department') ?? undefined };
  const period = reportPeriod(kind, value);
  const range = withFilters(period, filters);
  const report = useReport(period, range);
  const org = useResource(() => Promise.all([orgApi.centers(), orgApi.departments()]), me.id);
  const [centers, departments] = org.data ?? [[], []];
  const pageKey = kind === 'month' ? 'reportsMonthly' : 'reportsAnnual';

  const update = (next: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        for (const [name, v] of Object.entries(next)) if (v) copy.set(name, v); else copy.delete(name);
        return copy;
      },
      { replace: true },
    );

  return (
    <div className="ow-page ow-report-page">
      <div className="ow-page-head">
        <div>
          <Typography.Title level={4} className="ow-page-title">
            {t.menu[pageKey]}
          </Typography.Title>
          <Typography.Text type="secondary">{t.pageHints[pageKey]}</Typography.Text>
        </div>
      </div>
      <div className="ow-toolbar ow-report-toolbar">
        <ReportToolbar
          kind={kind}
          value={value}
          onValue={(v) => update({ [kind]: v })}
          filters={filters}
          onFilters={(f) => update({ center: f.center, department: f.department })}
          centers={centers.filter((c) => c.active)}
          departments={departments.filter((d) => d.active)}
        />
        <Typography.Text type="secondary" className="ow-report-range">
          {t.stats.report.range(period.from, period.to)}
          {filters.department ? ` · ${t.stats.report.departmentNote}` : ''}
        </Typography.Text>
      </div>
      {report.error ? (
        <Alert type="error" showIcon role="alert" title={t.stats.report.failed} description={report.error.message} data-testid="report-error" />
      ) : report.data ? (
        <Spin spinning={report.loading}>
          <ReportBody period={period} range={range} data={report.data} />
        </Spin>
      ) : (
        <div className="ow-report-loading">
          <Spin />
        </div>
      )}
    </div>
  );
}
