import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { CHART_FONT, echarts } from './echarts-setup.js';

export interface EChartProps {
  option: EChartsCoreOption;
  /** Height of the chart (the width follows the container). */
  height?: number | string;
  /** 'dark' for the big screen. */
  theme?: 'dark';
  /** Accessible name of the chart (its figures are in the table beside it). */
  label: string;
  className?: string;
}

/**
 * One ECharts chart: created on mount, given new options when they change, resized with its
 * container, disposed on unmount. Text uses a CJK font family.
 */
export function EChart({ option, height = 320, theme, label, className }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, theme, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: CHART_FONT }, ...(theme ? { backgroundColor: 'transparent' } : {}), ...option }, { notMerge: true });
  }, [option, theme]);

  return <div ref={container} className={className} style={{ width: '100%', height }} role="img" aria-label={label} data-testid="echart" />;
}
