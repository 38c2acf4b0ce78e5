import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../shared/api.js';

export interface Polled<T> {
  data: T | undefined;
  /** The last refresh's error (the last good data stays on screen). */
  error: ApiError | undefined;
  /** When the data on screen was fetched. */
  at: Date | undefined;
}

/**
 * Loads data now and again every `intervalMs` while the page is open (a screen on a wall): a failed
 * refresh keeps the last data and reports the error; a refresh never overlaps the previous one.
 */
export function usePolling<T>(load: () => Promise<T>, intervalMs: number): Polled<T> {
  const [state, setState] = useState<Polled<T>>({ data: undefined, error: undefined, at: undefined });
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const data = await loader.current();
        if (live) setState({ data, error: undefined, at: new Date() });
      } catch (error) {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'client', String(error));
        if (live) setState((s) => ({ ...s, error: apiError }));
      }
      if (live) timer = setTimeout(() => void tick(), intervalMs);
    };
    void tick();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [intervalMs]);

  return state;
}
