import { useEffect, type RefObject } from 'react';

/**
 * Scrolls a list that is taller than its box slowly downwards, pauses at the end, jumps back to the
 * top, pauses, and starts again, like a hall's notice board. Does nothing for readers who ask for
 * reduced motion.
 */
export function useAutoScroll(ref: RefObject<HTMLElement | null>, pixelsPerSecond = 30, pauseMs = 3000): void {
  useEffect(() => {
    const box = ref.current;
    if (!box || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return;
    let frame = 0;
    let last = performance.now();
    let phase: 'top' | 'scrolling' | 'bottom' = 'top';
    let phaseEnds = last + pauseMs;
    let position = 0;
    const step = (now: number) => {
      const elapsed = now - last;
      last = now;
      const room = box.scrollHeight - box.clientHeight;
      if (room <= 0) {
        phase = 'top';
        position = 0;
        phaseEnds = now + pauseMs;
      } else if (phase === 'scrolling') {
        position = Math.min(room, position + (pixelsPerSecond * elapsed) / 1000);
        box.scrollTop = position;
        if (position >= room) [phase, phaseEnds] = ['bottom', now + pauseMs];
      } else if (now >= phaseEnds) {
        if (phase === 'bottom') {
          position = 0;
          box.scrollTop = 0;
          [phase, phaseEnds] = ['top', now + pauseMs];
        } else phase = 'scrolling';
      }
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [ref, pixelsPerSecond, pauseMs]);
}
