import { Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../shared/api.js';
import { useI18n } from '../shared/i18n/index.js';
import { RatingFace } from '../portal/rating/rating-face.js';
import type { PadCurrent, RatingLevel } from '../shared/progress-labels.js';
import { useDocumentTitle } from '../shared/use-document-title.js';
import { padApi, padToken } from './pad-api.js';
import { PadRating } from './pad-rating.js';
import './pad.css';

/** How often the pad asks for the case just served, and how long it thanks. */
const POLL_MS = 4000;
const THANKS_MS = 6000;

/**
 * 评价器: a full-screen page for a tablet on a window's counter (landscape 1280×800). It shows the
 * case the window has just completed or delivered and takes one rating for it; otherwise 欢迎.
 */
export function PadApp() {
  const { t } = useI18n();
  const p = t.rating.pad;
  useDocumentTitle(p.question);
  const token = useMemo(padToken, []);
  const client = useMemo(() => (token ? padApi(token) : null), [token]);
  const [current, setCurrent] = useState<PadCurrent>();
  const [refused, setRefused] = useState<string | null>(token ? null : p.unpairedText);
  const [offline, setOffline] = useState(false);
  const [thanks, setThanks] = useState(false);
  const [rateError, setRateError] = useState<string>();

  const poll = useCallback(async () => {
    if (!client) return;
    try {
      setCurrent(await client.current());
      setOffline(false);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) setRefused(error.message);
      else setOffline(true);
    }
  }, [client]);

  useEffect(() => {
    if (thanks || refused) return;
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [poll, thanks, refused]);

  useEffect(() => {
    if (!thanks) return;
    const timer = window.setTimeout(() => setThanks(false), THANKS_MS);
    return () => window.clearTimeout(timer);
  }, [thanks]);

  const rate = async (level: RatingLevel, comment?: string) => {
    if (!client || !current?.case) return;
    try {
      await client.rate(current.case.id, level, comment);
      setRateError(undefined);
      setCurrent({ ...current, case: null });
      setThanks(true);
    } catch (error) {
      setRateError(error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : String(error));
      void poll();
    }
  };

  const body = refused ? (
    <Result status="warning" title={<span className="ow-pad-title">{p.unpaired}</span>} subTitle={<span className="ow-pad-sub">{refused}</span>} />
  ) : thanks ? (
    <div className="ow-pad-center">
      <span className="ow-level-5 ow-pad-face">
        <RatingFace level={5} size={140} />
      </span>
      <div className="ow-pad-title">{p.thanks}</div>
      <div className="ow-pad-sub">{p.thanksText}</div>
    </div>
  ) : !current ? (
    <div className="ow-pad-center">
      <Spin size="large" />
    </div>
  ) : current.case ? (
    <PadRating key={current.case.id} served={current.case} onRate={rate} error={rateError} />
  ) : (
    <div className="ow-pad-center">
      <div className="ow-pad-welcome">{p.welcome}</div>
      <div className="ow-pad-sub">{p.welcomeText}</div>
      <div className="ow-pad-hint">{p.idleHint}</div>
    </div>
  );

  return (
    <div className="ow-pad">
      <header className="ow-pad-bar">
        <span className="ow-brand-mark">窗</span>
        <span className="ow-pad-window">{current ? p.window(current.pad.windowNumber, current.pad.windowName) : t.app.portal}</span>
        {offline ? <span className="ow-pad-offline">{p.offline}</span> : null}
      </header>
      <main className="ow-pad-main">{body}</main>
    </div>
  );
}
