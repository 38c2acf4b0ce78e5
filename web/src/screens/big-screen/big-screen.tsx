import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '../../shared/charts/echart.js';
import { useI18n } from '../../shared/i18n/index.js';
import { statsApi } from '../../shared/stats-api.js';
import { figureName, formatCount, formatRate } from '../../shared/stats-format.js';
import type { FigureKey, LiveResponse } from '../../shared/stats-types.js';
import { timeOf } from '../screen-clock.js';
import { ScreenStage } from '../screen-stage.js';
import { usePolling } from '../use-polling.js';
import './big-screen.css';

export const REFRESH_MS = 30_000;

const AXIS = { axisLine: { lineStyle: { color: '#3a5a8c' } }, axisLabel: { color: '#c8d7f0', fontSize: 18 }, splitLine: { lineStyle: { color: 'rgba(80,120,180,0.25)' } } };

function bars(names: string[], series: { name: string; data: number[]; color: string }[], horizontal: boolean): EChartsCoreOption {
  // Every name shown (wrapped when long), none skipped for lack of room.
  const category = { type: 'category', data: names, ...AXIS, axisLabel: { ...AXIS.axisLabel, interval: 0, width: horizontal ? 220 : 200, overflow: 'break' }, ...(horizontal ? { inverse: true } : {}) };
  const value = { type: 'value', minInterval: 1, ...AXIS };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, textStyle: { color: '#c8d7f0', fontSize: 18 } },
    grid: { left: 16, right: 24, top: 48, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 26, itemStyle: { color: s.color, borderRadius: 3 }, label: { show: true, position: horizontal ? 'right' : 'top', color: '#e6f0ff', fontSize: 16, formatter: (p: { value: number }) => (p.value === 0 ? '' : String(p.value)) } })),
  };
}

/** 数据大屏: today's cases, open and overdue, satisfaction, the busiest windows and the townships, refreshed every 30 s. */
export function BigScreen() {
  const { t, locale } = useI18n();
  const s = t.stats.screen;
  const live = usePolling(() => statsApi.live(), REFRESH_MS);
  const data = live.data;

  const charts = useMemo(() => {
    if (!data) return null;
    const f = (key: FigureKey) => figureName(key, locale);
    return {
      windows: bars(data.busiestWindows.map((w) => w.name), [{ name: f('accepted'), data: data.busiestWindows.map((w) => w.accepted), color: '#36cfc9' }, { name: f('completed'), data: data.busiestWindows.map((w) => w.completed), color: '#4096ff' }], true),
      townships: bars(data.townships.map((w) => w.name), [{ name: f('received'), data: data.townships.map((w) => w.received), color: '#ffc53d' }, { name: f('accepted'), data: data.townships.map((w) => w.accepted), color: '#36cfc9' }, { name: f('completed'), data: data.townships.map((w) => w.completed), color: '#4096ff' }], false),
    };
  }, [data, locale]);

  return (
    <ScreenStage
      className="ow-big"
      title={s.bigTitle}
      status={<span className={live.error ? 'ow-big-stale' : 'ow-big-updated'}>{live.error ? `${s.refreshFailed}（${live.error.message}）` : s.updatedAt(timeOf(live.at, locale))}</span>}
    >
      {data ? <Tiles data={data} /> : <div className="ow-big-tiles" />}
      <main className="ow-big-panels">
        <section className="ow-big-panel">
          <h2>{s.busiestWindows}</h2>
          {data?.busiestWindows.length === 0 ? <div className="ow-screen-empty">{s.none}</div> : null}
          {charts && data?.busiestWindows.length ? <EChart option={charts.windows} theme="dark" height={600} label={s.busiestWindows} /> : null}
        </section>
        <section className="ow-big-panel">
          <h2>{s.townships}</h2>
          {charts ? <EChart option={charts.townships} theme="dark" height={600} label={s.townships} /> : null}
        </section>
      </main>
    </ScreenStage>
  );
}

function Tiles({ data }: { data: LiveResponse }) {
  const { t, locale } = useI18n();
  const s = t.stats.screen;
  const tiles: { key: string; label: string; value: string; tone?: 'alert' | 'good' }[] = [
    { key: 'received', label: s.todayReceived, value: formatCount(data.today.received, locale) },
    { key: 'accepted', label: s.todayAccepted, value: formatCount(data.today.accepted, locale) },
    { key: 'completed', label: s.todayCompleted, value: formatCount(data.today.completed, locale) },
    { key: 'open', label: s.open, value: formatCount(data.open, locale) },
    { key: 'overdue', label: s.overdue, value: formatCount(data.overdue, locale), tone: data.overdue > 0 ? 'alert' : 'good' },
    { key: 'satisfactionToday', label: s.satisfactionToday, value: formatRate(data.satisfactionToday, locale), tone: 'good' },
    { key: 'satisfactionMonth', label: s.satisfactionMonth, value: formatRate(data.satisfactionMonth, locale), tone: 'good' },
  ];
  return (
    <div className="ow-big-tiles">
      {tiles.map((tile) => (
        <div key={tile.key} className={`ow-big-tile${tile.tone ? ` ow-big-tile-${tile.tone}` : ''}`} data-testid={`live-${tile.key}`}>
          <div className="ow-big-tile-value">{tile.value}</div>
          <div className="ow-big-tile-label">{tile.label}</div>
        </div>
      ))}
    </div>
  );
}
