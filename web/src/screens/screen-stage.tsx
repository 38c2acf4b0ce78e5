import { useEffect, useState, type ReactNode } from 'react';
import './screens.css';

export const STAGE = { width: 1920, height: 1080 } as const;

function fit(): number {
  return Math.min(window.innerWidth / STAGE.width, window.innerHeight / STAGE.height);
}

/**
 * A screen laid out at 1920×1080 and scaled (CSS transform) to fit the window, letterboxed, so a
 * hall's TV, a laptop and a projector all show the same picture.
 */
export function ScreenStage({ className, children }: { className: string; children: ReactNode }) {
  const [scale, setScale] = useState(fit);
  useEffect(() => {
    const onResize = () => setScale(fit());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <div className={`ow-screen-viewport ${className}`}>
      <div className="ow-screen-stage" style={{ width: STAGE.width, height: STAGE.height, transform: `translate(-50%, -50%) scale(${scale})` }} data-testid="screen-stage">
        {children}
      </div>
    </div>
  );
}
