import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useI18n } from '../../shared/i18n/index.js';
import { figureName, formatChange, formatFigure, LOWER_IS_BETTER } from '../../shared/stats-format.js';
import type { CompareResponse, FigureKey } from '../../shared/stats-types.js';

/** The headline figures of a report, in this order. */
const HEADLINE = ['accepted', 'completed', 'onTimeRate', 'satisfactionRate', 'evaluationRate', 'onSpotRate', 'promisedEarlyRate', 'avgCompleteDays'] as const satisfies readonly FigureKey[];

function tone(key: FigureKey, change: number | null): 'up' | 'down' | 'flat' {
  if (change === null || change === 0) return 'flat';
  const better = LOWER_IS_BETTER.has(key) ? change < 0 : change > 0;
  return better ? 'up' : 'down';
}

function Change({ figure, label, change }: { figure: FigureKey; label: string; change: number | null }) {
  const { locale } = useI18n();
  return (
    <span className="ow-figure-change">
      <Typography.Text type="secondary">{label}</Typography.Text> <span className={`ow-change-${tone(figure, change)}`}>{formatChange(change, locale)}</span>
    </span>
  );
}

/** 指标卡: each headline figure with its 同比 (a year earlier) and 环比 (the previous period). */
export function FigureCards({ compare }: { compare: CompareResponse }) {
  const { t, locale } = useI18n();
  const s = t.stats;
  return (
    <Row gutter={[16, 16]} className="ow-figure-cards">
      {HEADLINE.map((key) => (
        <Col key={key} xs={12} md={8} xl={6}>
          <Card size="small" className="ow-figure-card" data-testid={`figure-${key}`}>
            <Statistic title={figureName(key, locale)} value={formatFigure(key, compare.current.figures[key], locale)} />
            <div className="ow-figure-changes">
              <Change figure={key} label={s.report.yearOnYear} change={compare.yearOnYear.change[key]} />
              <Change figure={key} label={s.report.monthOnMonth} change={compare.monthOnMonth.change[key]} />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
