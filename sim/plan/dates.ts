/**
 * ISO calendar dates as integer day numbers (days since 1970-01-01, proleptic Gregorian, UTC).
 * Plan math works on day numbers: cheap to compare and subtract, no time zones, no Date.now.
 * Conversions use Howard Hinnant's civil-from-days algorithms (exact for all years).
 */

/** Day number of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Civil date of a day number. */
export function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return month === 12 ? 31 : daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/** Day number of the first of each month, 1900-01 … 2199-12: parsing is a table lookup (a constant). */
const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const MONTH_START = new Int32Array(TABLE_YEARS * 12);
for (let k = 0; k < MONTH_START.length; k++)
  MONTH_START[k] = daysFromCivil(TABLE_FIRST_YEAR + Math.floor(k / 12), (k % 12) + 1, 1);

function fastDays(year: number, month: number, day: number): number {
  const k = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
  return k >= 0 && k < MONTH_START.length ? MONTH_START[k]! + day - 1 : daysFromCivil(year, month, day);
}

/** Day number of `YYYY-MM-DD`, or NaN when the text is not a valid calendar date. (No regex: hot path.) */
export function tryParseDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (!(month >= 1 && month <= 12 && day >= 1) || (day > 28 && day > daysInMonth(year, month)))
    return Number.NaN;
  return fastDays(year, month, day);
}

/** Day number of `YYYY-MM-DD`; throws on invalid input (callers validate user input first). */
export function parseDay(text: string): number {
  const d = tryParseDay(text);
  if (Number.isNaN(d)) throw new RangeError(`not a valid ISO date (YYYY-MM-DD): '${text}'`);
  return d;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatDay(days: number): string {
  const c = civilFromDays(days);
  return `${String(c.year).padStart(4, "0")}-${pad2(c.month)}-${pad2(c.day)}`;
}

/** MONTH_START index of the month containing day number `days`; −1 outside the table. */
function monthSlot(days: number): number {
  const first = MONTH_START[0]!;
  if (days < first || days >= MONTH_START[MONTH_START.length - 1]!) return -1;
  // months are 28–31 days: the estimate is within one of the month
  let k = Math.floor((days - first) / 30.436875);
  if (k >= MONTH_START.length - 1) k = MONTH_START.length - 2;
  while (MONTH_START[k]! > days) k--;
  while (MONTH_START[k + 1]! <= days) k++;
  return k;
}

/** Add whole calendar months; the day is clamped to the target month's length (Jan 31 + 1 = Feb 28/29). */
export function addMonths(days: number, months: number): number {
  const k = monthSlot(days);
  const target = k + months;
  if (k >= 0 && target >= 0 && target + 1 < MONTH_START.length) {
    // by table: no division, no object (vesting and clawback windows add months per deal)
    const start = MONTH_START[target]!;
    const length = MONTH_START[target + 1]! - start;
    return start + Math.min(days - MONTH_START[k]! + 1, length) - 1;
  }
  const c = civilFromDays(days);
  const total = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return daysFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** Calendar-month ordinal (year × 12 + month − 1): month differences are plain subtraction. */
export function monthOrdinal(days: number): number {
  const k = monthSlot(days);
  if (k >= 0) return TABLE_FIRST_YEAR * 12 + k;
  const c = civilFromDays(days);
  return c.year * 12 + c.month - 1;
}
