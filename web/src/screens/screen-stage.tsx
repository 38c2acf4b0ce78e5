import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../shared/api.js';
import type { PublicCenter } from '../shared/api-types.js';
import { useI18n } from '../shared/i18n/index.js';
import { useDocumentTitle } from '../shared/use-document-title.js';
import { useResource } from '../shared/use-resource.js';
import { ScreenClock } from './screen-clock.js';
import './screens.css';

export const STAGE = { width: 1920, height: 1080 } as const;

function fit(): number {
  return Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);
}

/**
 * A screen laid out at 1920×1080 and scaled (CSS transform) to fit the window, letterboxed, so a
 * hall's TV, a laptop and a projector all show the same picture. On top: the center's name, the
 * screen's title, the clock and a status line.
 */
export function ScreenStage({ className, title, status, children }: { className: string; title: string; status?: ReactNode; children: ReactNode }) {
  const { locale } = useI18n();
  useDocumentTitle(title);
  const center = useResource(() => api.get<PublicCenter>('/api/public/center'), 'center');
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <div className={`ow-screen-viewport ${className}`}>
      <div className="ow-screen-stage" style={{ width: STAGE.width, height: STAGE.height, transform: `translate(-50%, -50%) scale(${scale})` }} data-testid="screen-stage">
        <header className="ow-screen-head">
          <div className="ow-screen-center">{center.data?.center.name ?? ''}</div>
          <h1 className="ow-screen-title">{title}</h1>
          <div className="ow-screen-time">
            <ScreenClock locale={locale} />
            {status}
          </div>
        </header>
        {children}
      </div>
    </div>
  );
}
