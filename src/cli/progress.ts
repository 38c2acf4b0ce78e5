/**
 * A progress bar on stderr: rows done of the total, the rate and the time left. On a terminal it
 * redraws one line; elsewhere (a log, CI) it prints a plain line at most every `intervalMs`.
 */
export interface ProgressBar {
  update(label: string, done: number, total: number | null, fraction?: number): void;
  done(): void;
}

const WIDTH = 30;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m` : `${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** One line of progress: `label [####----] 42% 420,000/1,000,000 rows 35,000 rows/s ETA 00:17`. */
export function progressLine(label: string, done: number, total: number | null, fraction: number | undefined, elapsedMs: number): string {
  const share = total ? done / total : fraction;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [label];
  if (share !== undefined) {
    const filled = Math.min(WIDTH, Math.round(share * WIDTH));
    parts.push(`[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(share * 100)}%`);
  }
  parts.push(total ? `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} 行 rows` : `${done.toLocaleString('en-US')} 行 rows`);
  if (elapsedMs >= 1000) parts.push(`${Math.round(rate).toLocaleString('en-US')} 行/秒 rows/s`);
  if (share !== undefined && share > 0 && share < 1) parts.push(`ETA ${duration(((1 - share) / share) * (elapsedMs / 1000))}`);
  return parts.join('  ');
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now, intervalMs = 5_000): ProgressBar {
  const tty = stream.isTTY === true;
  let phaseLabel = '';
  let phaseStart = now();
  let lastPrint = -Infinity;
  let drawn = false;
  return {
    update(label, done, total, fraction) {
      const t = now();
      if (label !== phaseLabel) {
        if (drawn && tty) stream.write('\n');
        phaseLabel = label;
        phaseStart = t;
        lastPrint = -Infinity;
      }
      if (!tty && t - lastPrint < intervalMs && !(total !== null && done >= total)) return;
      lastPrint = t;
      const line = progressLine(label, done, total, fraction, t - phaseStart);
      stream.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
      drawn = true;
    },
    done() {
      if (drawn && tty) stream.write('\n');
      drawn = false;
    },
  };
}
