import { lazy, Suspense } from 'react';
import { FullPageSpin } from '../../shared/full-page-spin.js';
import type { ReportKind } from './report-period.js';

const Page = lazy(() => import('./report-page.js').then((m) => ({ default: m.ReportPage })));

/** The report pages load with their charts (ECharts) only when opened, not with the console. */
export function ReportPage({ kind }: { kind: ReportKind }) {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Page kind={kind} />
    </Suspense>
  );
}
