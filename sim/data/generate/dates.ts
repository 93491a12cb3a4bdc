/** ISO date arithmetic for the generator (UTC, no clock). */
const DAY = 86_400_000;

export const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const addDays = (iso: string, n: number): string => fromDay(toDay(iso) + n);

/** First day of the month `n` months after the month of `iso`. */
export function monthStart(iso: string, n = 0): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + n;
  return new Date(Date.UTC(y + Math.floor(m / 12), ((m % 12) + 12) % 12, 1)).toISOString().slice(0, 10);
}

export function daysInMonth(iso: string): number {
  return toDay(monthStart(iso, 1)) - toDay(monthStart(iso));
}

/** Same day `n` months later, clamped to the month's length. */
export function addMonths(iso: string, n: number): string {
  const start = monthStart(iso, n);
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(start));
  return `${start.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

/** 1–3: month position within its calendar quarter. */
export const monthInQuarter = (iso: string): number => ((Number(iso.slice(5, 7)) - 1) % 3) + 1;
