/**
 * CSV cells that spreadsheets read as text, never as formulas. Used by every CSV planbench writes
 * (canonical tables, quarantine files, report tables, column exports).
 */
const TRIGGER = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Formula-injection guard (OWASP "CSV injection"): a text cell starting with = + - @ tab or CR is
 * prefixed with `'` so spreadsheets show it as text. Cells already starting with quotes before a
 * trigger get one more quote, so `unguard` restores every value exactly (lossless round trip).
 * Numbers are written as numbers: -5 in a numeric column stays -5.
 */
export function guardCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

export function unguard(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
