/**
 * Terminal-safe text. A name in a plan, a CSV cell or a file name may hold control characters
 * (ESC starts sequences that retitle the window, clear the screen or rewrite earlier lines;
 * bidirectional overrides reorder what is shown). Everything planbench prints goes through
 * `escapeControls`, which shows such characters as visible escapes (`\x1b`, `\u202e`) instead.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidi marks, embeddings, overrides
// and isolates (U+200E–F, U+202A–E, U+2066–9) that make text display out of order.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_INLINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ANY_UNSAFE = new RegExp(UNSAFE_INLINE.source);

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\t": "\\t", "\r": "\\r" };

function visible(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Text for a terminal: newlines and tabs kept, every other control character made visible. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** One-line text (a name inside a message): newlines and tabs are made visible too. */
export function escapeInline(text: string): string {
  return text.replace(UNSAFE_INLINE, visible);
}

/** True when `text` holds a character `escapeInline` would rewrite. */
export function hasControls(text: string): boolean {
  return ANY_UNSAFE.test(text);
}
