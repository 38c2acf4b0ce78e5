const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * An instant as the center's clock shows it, China time whatever the browser's time zone, in the
 * form every date of the app has: 2026-03-02 09:30 (with seconds: 2026-03-02 09:30:05).
 */
export function chinaTime(instant: string, options: { seconds?: boolean } = {}): string {
  const part = Object.fromEntries(FORMAT.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}${options.seconds ? `:${part.second}` : ''}`;
}

/** The China date of an instant: 2026-03-02. */
export function chinaDate(instant: string): string {
  return chinaTime(instant).slice(0, 10);
}
