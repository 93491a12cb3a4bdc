/**
 * The scalar shorthands of the plan language, as pure string → number conversions.
 * The zod schema accepts these spellings and calls these functions, so a plan's numbers are
 * resolved in one place: "10%" → 0.1, "200k" → 200000, "180d" → 180, "feb" → 2.
 */

/** `12.5%`, `-10%`, `150%`. */
export const PERCENT_PATTERN = /^-?\d+(\.\d+)?\s?%$/;
/** `200000`, `200_000`, `200k`, `1.5M`, `2.4m`. Plain numbers only; no currency symbols or commas. */
export const MONEY_PATTERN = /^\d{1,3}(_\d{3})+(\.\d+)?$|^\d+(\.\d+)?\s?[kKmM]?$/;
/** `180d`, `90 days`, `90`. */
export const DURATION_PATTERN = /^\d+\s?(d|days?)?$/;

export const MONTH_NAMES: readonly string[] = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
/** Month names accepted for fiscal-year start: `feb`, `February`, case-insensitive. */
export const MONTH_PATTERN =
  /^(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|[Mm]ar(?:ch)?|[Aa]pr(?:il)?|[Mm]ay|[Jj]un(?:e)?|[Jj]ul(?:y)?|[Aa]ug(?:ust)?|[Ss]ep(?:tember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?)$/;

/**
 * Round away binary floating-point noise from derived numbers (1.5 × 0.1 = 0.15000000000000002,
 * 14.3 / 100 = 0.14300000000000002): 15 significant digits is the most a double always
 * round-trips, so real values are untouched and canonical plans read as written.
 */
export function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** A number, or a percent string divided by 100. */
export function resolvePercent(value: number | string): number {
  if (typeof value === "number") return value;
  return tidy(Number(value.replace("%", "").trim()) / 100);
}

/** A number, or a money string with `_` separators or a k/M suffix. */
export function resolveMoney(value: number | string): number {
  if (typeof value === "number") return value;
  const text = value.replaceAll("_", "").trim();
  const suffix = text.at(-1)?.toLowerCase();
  if (suffix === "k") return tidy(Number(text.slice(0, -1).trim()) * 1_000);
  if (suffix === "m") return tidy(Number(text.slice(0, -1).trim()) * 1_000_000);
  return Number(text);
}

/** Whole days: a number, or `180d` / `180 days`. */
export function resolveDays(value: number | string): number {
  if (typeof value === "number") return value;
  return Number(value.replace(/\s?(d|days?)$/, ""));
}

/** 1–12 from a month number or an English month name. */
export function resolveMonth(value: number | string): number {
  if (typeof value === "number") return value;
  return MONTH_NAMES.indexOf(value.slice(0, 3).toLowerCase()) + 1;
}

/** `"50/50"` → [50, 50]: base and variable parts of a pay mix. */
export const MIX_PATTERN = /^\d+(\.\d+)?\s?\/\s?\d+(\.\d+)?$/;
export function resolveMix(value: string): { base: number; variable: number } {
  const [base, variable] = value.split("/").map((part) => Number(part.trim()));
  return { base: base ?? 0, variable: variable ?? 0 };
}
