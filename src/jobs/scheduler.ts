import type { Services } from '../app.js';
import type { Clock } from '../kernel/time/clock.js';

export interface Job {
  name: string;
  everyMs: number;
  run(now: Date): Promise<number>;
}

/**
 * Background jobs. Every job is safe to run on every instance at once: it changes a case (or a
 * draft) only against its version, so of two instances one wins and the other skips.
 */
export function jobsOf(services: Services): Job[] {
  return [
    {
      name: 'deemed-acceptance 视为受理',
      everyMs: 10 * 60_000,
      run: (now) => services.cases.deemAcceptances(now),
    },
    {
      name: 'draft-purge 草稿清理',
      everyMs: 6 * 3_600_000,
      run: (now) => services.online.purgeAbandonedDrafts(now),
    },
  ];
}

/** Runs the jobs on timers (once at start, then at their interval); returns a stop function. */
export function startJobs(jobs: Job[], clock: Clock, log: (message: string) => void): () => void {
  const timers = jobs.map((job) => {
    const tick = () =>
      job
        .run(clock.now())
        .then((count) => {
          if (count > 0) log(`${job.name}: ${count}`);
        })
        .catch((error: unknown) => log(`${job.name} failed: ${error instanceof Error ? error.message : String(error)}`));
    void tick();
    const timer = setInterval(tick, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach(clearInterval);
}
