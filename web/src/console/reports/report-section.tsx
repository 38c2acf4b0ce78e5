import { Button, Card, Empty, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode } from 'react';
import { EChart } from '../../shared/charts/echart.js';
import { useI18n } from '../../shared/i18n/index.js';
import { exportUrl, type ExportRequest } from '../../shared/stats-api.js';

/**
 * One part of a report: a chart above its table, and the table as an Excel workbook (the same
 * query, from the server).
 */
export function ReportSection({
  title,
  hint,
  chart,
  chartHeight,
  exportRequest,
  empty,
  children,
  testId,
}: {
  title: string;
  hint?: string;
  chart: EChartsCoreOption;
  chartHeight?: number;
  exportRequest?: ExportRequest;
  empty: boolean;
  children?: ReactNode;
  testId: string;
}) {
  const { t } = useI18n();
  const extra = exportRequest ? (
    <Button href={exportUrl(exportRequest)} download size="small">
      {t.stats.report.exportExcel}
    </Button>
  ) : null;
  return (
    <Card className="ow-report-section" title={
        <>
          {title}
          {hint ? <Typography.Text type="secondary" className="ow-report-hint">{hint}</Typography.Text> : null}
        </>
      } extra={extra} data-testid={testId}>
      {empty ? <Empty description={t.stats.report.empty} /> : <EChart option={chart} height={chartHeight ?? 320} label={title} />}
      {children ? <div className="ow-report-table">{children}</div> : null}
    </Card>
  );
}
