import { useRef } from 'react';
import { useI18n } from '../../shared/i18n/index.js';
import { statsApi } from '../../shared/stats-api.js';
import type { PublicScreenEntry } from '../../shared/stats-types.js';
import { ScreenStage } from '../screen-stage.js';
import { usePolling } from '../use-polling.js';
import { useAutoScroll } from './use-auto-scroll.js';
import './public-screen.css';

const REFRESH_MS = 60_000;

/**
 * 公示屏 (no sign-in): the items recently accepted and completed, for the hall's TV or the portal.
 * Names and ID numbers arrive masked from the server (张*三, 3301**********1234) and are shown as
 * they are.
 */
export function PublicScreen() {
  const { t } = useI18n();
  const s = t.stats.screen;
  const screen = usePolling(() => statsApi.publicScreen(), REFRESH_MS);
  return (
    <ScreenStage className="ow-public" title={s.publicTitle}>
      <main className="ow-public-boards">
        <Board title={s.accepted} entries={screen.data?.accepted} kind="accepted" />
        <Board title={s.completed} entries={screen.data?.completed} kind="completed" />
      </main>
      <footer className="ow-public-foot">{s.maskNote}</footer>
    </ScreenStage>
  );
}

function Board({ title, entries, kind }: { title: string; entries: PublicScreenEntry[] | undefined; kind: 'accepted' | 'completed' }) {
  const { t } = useI18n();
  const s = t.stats.screen;
  const box = useRef<HTMLDivElement>(null);
  useAutoScroll(box);
  return (
    <section className="ow-public-board" data-testid={`public-${kind}`}>
      <h2>
        {title}
        <span className="ow-public-count">{entries ? entries.length : ''}</span>
      </h2>
      <table className="ow-public-table">
        <Columns kind={kind} />
        <thead>
          <tr>
            <th>{s.item}</th>
            <th>{s.applicant}</th>
            <th>{s.idNumber}</th>
            <th>{kind === 'accepted' ? s.acceptedOn : s.completedOn}</th>
            {kind === 'completed' ? <th>{s.decision}</th> : null}
          </tr>
        </thead>
      </table>
      <div className="ow-public-scroll" ref={box}>
        <table className="ow-public-table">
          <Columns kind={kind} />
          <tbody>
            {entries?.length === 0 ? (
              <tr>
                <td colSpan={5} className="ow-public-none">
                  {s.none}
                </td>
              </tr>
            ) : null}
            {entries?.map((entry) => (
              <tr key={entry.caseNo}>
                <td>
                  <div className="ow-public-item">{entry.itemName}</div>
                  <div className="ow-public-sub">
                    {entry.caseNo} · {entry.department}
                  </div>
                </td>
                <td>{entry.applicant}</td>
                <td className="ow-public-id">{entry.idNumber}</td>
                <td>{(kind === 'accepted' ? entry.acceptedOn : entry.completedOn) ?? '—'}</td>
                {kind === 'completed' ? <td className={`ow-decision-${entry.decision ?? 'none'}`}>{entry.decision ? s.decisions[entry.decision] : '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The boards' column widths, shared by the fixed head and the scrolling body. */
function Columns({ kind }: { kind: 'accepted' | 'completed' }) {
  return (
    <colgroup>
      <col className="ow-col-item" />
      <col className="ow-col-person" />
      <col className="ow-col-id" />
      <col className="ow-col-date" />
      {kind === 'completed' ? <col className="ow-col-decision" /> : null}
    </colgroup>
  );
}
