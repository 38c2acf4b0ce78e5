import { Timeline } from 'antd';
import { chinaTime } from '../../shared/china-time.js';
import type { CaseDetail } from './cases-api.js';
import { useCasesText } from './cases-text.js';
import type { Dictionary } from '../../shared/i18n/index.js';

/** What an event's data says in one line (opinion, reason, problems, delivery). */
function noteOf(data: unknown, common: Dictionary['common']): string {
  if (typeof data !== 'object' || data === null) return '';
  const d = data as Record<string, unknown>;
  if (Array.isArray(d.problems)) return (d.problems as { material: string; problem: string }[]).map((p) => common.labelled(p.material, p.problem)).join(common.clauseSeparator);
  return [d.opinion, d.reason, d.legalBasis, d.trackingNo, d.signedBy, d.licenceNo].filter((v) => typeof v === 'string' && v).join(' · ');
}

/** 办理过程: every event, oldest first, with who and when. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { c, t } = useCasesText();
  return (
    <Timeline
      data-testid="case-timeline"
      items={detail.events.map((e) => ({
        content: (
          <div>
            <strong>{c.detail.events[e.type] ?? e.type}</strong>
            <span className="ow-muted"> · {e.actorName} · {chinaTime(e.at, { seconds: true })}</span>
            {noteOf(e.data, t.common) ? <div className="ow-muted">{noteOf(e.data, t.common)}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
