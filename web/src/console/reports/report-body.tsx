import { Col, Row, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../shared/i18n/index.js';
import { formatFigure } from '../../shared/stats-format.js';
import type { StatsRange } from '../../shared/stats-api.js';
import type { RankingRow, RollupRow, SeriesPoint } from '../../shared/stats-types.js';
import { FigureCards } from './figure-cards.js';
import { figureColumns, TABLE_FIGURES } from './figure-columns.js';
import { rankingHeight, rankingOption, rollupOption, TREND_KEYS, trendOption, volumeOption } from './report-charts.js';
import type { ReportPeriod } from './report-period.js';
import { ReportSection } from './report-section.js';
import type { ReportData } from './use-report.js';

const hasCases = (rows: readonly { received: number; accepted: number; completed: number }[]) => rows.some((r) => r.received + r.accepted + r.completed > 0);

/** A report's figures, charts and tables (the same for a month and a year, only the breakdown differs). */
export function ReportBody({ period, range, data }: { period: ReportPeriod; range: StatsRange; data: ReportData }) {
  const { t, locale } = useI18n();
  const s = t.stats;
  const r = s.report;
  const options = useMemo(
    () => ({
      volume: volumeOption(data.volumes, period.volumeGranularity, s, locale),
      trend: trendOption(data.trend, s, locale),
      departments: rankingOption(data.departments, s, locale),
      windows: rankingOption(data.windows, s, locale),
      rollup: rollupOption(data.rollup.rows, s, locale),
    }),
    [data, period.volumeGranularity, s, locale],
  );
  const seriesColumns = useMemo(() => {
    const period = { key: 'period', dataIndex: 'period', title: r.period, fixed: 'left' as const, width: 110 };
    return { volumes: [period, ...figureColumns<SeriesPoint>(locale)], trend: [period, ...figureColumns<SeriesPoint>(locale, TREND_KEYS)] };
  }, [r, s, locale]);
  const rankingColumns = useMemo(
    () => [
      { key: 'rank', dataIndex: 'rank', title: r.rank, width: 64, fixed: 'left' as const },
      { key: 'name', dataIndex: 'name', title: r.name, fixed: 'left' as const, width: 180 },
      ...figureColumns<RankingRow>(locale),
    ],
    [r, s, locale],
  );
  const rollupColumns = useMemo(() => [{ key: 'name', dataIndex: 'name', title: r.name, fixed: 'left' as const, width: 200 }, ...figureColumns<RollupRow>(locale)], [r, s, locale]);
  const volumeTitle = period.kind === 'month' ? r.volumesByDay : r.volumesByMonth;
  const total = data.rollup.total;

  return (
    <div className="ow-report">
      <FigureCards compare={data.compare} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ReportSection title={volumeTitle} chart={options.volume} empty={!hasCases(data.volumes)} testId="report-volumes" exportRequest={{ table: 'series', range, granularity: period.volumeGranularity }}>
            <Table rowKey="period" size="small" dataSource={data.volumes} columns={seriesColumns.volumes} pagination={false} scroll={{ x: 'max-content', y: 240 }} />
          </ReportSection>
        </Col>
        <Col xs={24} xl={10}>
          <ReportSection
            title={r.trends}
            hint={period.kind === 'month' ? r.trendsHint : undefined}
            chart={options.trend}
            empty={!hasCases(data.trend)}
            testId="report-trends"
            exportRequest={{ table: 'series', range: { ...range, ...period.trend }, granularity: 'month' }}
          >
            <Table rowKey="period" size="small" dataSource={data.trend} columns={seriesColumns.trend} pagination={false} scroll={{ x: 'max-content', y: 240 }} />
          </ReportSection>
        </Col>
        <Col xs={24} xl={12}>
          <ReportSection title={r.departmentRanking} chart={options.departments} chartHeight={rankingHeight(data.departments.length)} empty={!hasCases(data.departments)} testId="report-departments" exportRequest={{ table: 'ranking', range, by: 'department' }}>
            <Table rowKey="id" size="small" dataSource={data.departments} columns={rankingColumns} pagination={data.departments.length > 10 ? { pageSize: 10 } : false} scroll={{ x: 'max-content' }} />
          </ReportSection>
        </Col>
        <Col xs={24} xl={12}>
          <ReportSection title={r.windowRanking} chart={options.windows} chartHeight={rankingHeight(data.windows.length)} empty={!hasCases(data.windows)} testId="report-windows" exportRequest={{ table: 'ranking', range, by: 'window' }}>
            <Table rowKey="id" size="small" dataSource={data.windows} columns={rankingColumns} pagination={data.windows.length > 10 ? { pageSize: 10 } : false} scroll={{ x: 'max-content' }} />
          </ReportSection>
        </Col>
        <Col span={24}>
          <ReportSection title={`${r.rollup} · ${data.rollup.name}`} chart={options.rollup} empty={data.rollup.rows.length === 0} testId="report-rollup" exportRequest={{ table: 'rollup', range }}>
            <Table
              rowKey="center"
              size="small"
              dataSource={data.rollup.rows}
              columns={rollupColumns}
              pagination={false}
              scroll={{ x: 'max-content' }}
              summary={() => (
                <Table.Summary.Row className="ow-report-total">
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{r.rollupTotal}</Typography.Text>
                  </Table.Summary.Cell>
                  {TABLE_FIGURES.map((key, i) => (
                    <Table.Summary.Cell key={key} index={i + 1} align="right">
                      <Typography.Text strong>{formatFigure(key, total[key], locale)}</Typography.Text>
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              )}
            />
          </ReportSection>
        </Col>
      </Row>
    </div>
  );
}
