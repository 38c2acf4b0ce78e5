/** CPU time read from /proc (Linux), for the benchmarks: PostgreSQL's processes', and one process's. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`; 100 on Linux almost everywhere). */
function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/**
 * The CPU time PostgreSQL has used on this machine so far, in ms: user and system time of every
 * `postgres` process, with the time of its exited children (connections closed since, as
 * pgbench's are at its end) counted in the postmaster's. Null where there is no /proc (not
 * Linux), or PostgreSQL runs elsewhere (then it is not this machine's CPU that limits it).
 * The difference of two readings is what PostgreSQL spent between them — on everything it did,
 * so read it on a machine that runs nothing else against it.
 */
export function postgresCpuMs(): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  let ticks = 0;
  let seen = false;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!command.startsWith('postgres')) continue;
    // Fields after the command: state is field 3; utime, stime, cutime, cstime are fields 14–17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    seen = true;
  }
  return seen ? (ticks * 1000) / TICKS_PER_SECOND : null;
}

const TICKS_PER_SECOND = ticksPerSecond();

/** The CPU time (user and system, all its threads) one process has used so far, in ms, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** ms of PostgreSQL CPU per unit of work between two readings, or null when either is unknown. */
export function perUnit(before: number | null, after: number | null, units: number): number | null {
  return before === null || after === null || units <= 0 ? null : Number(((after - before) / units).toFixed(3));
}
