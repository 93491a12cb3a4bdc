/**
 * Everything the CLI prints passes through escapeControls (sim/io/safeText.ts): a plan, rep or
 * file name holding ESC or other control characters is shown as `\x1b`, never acted on by the
 * terminal. The progress bar, which draws with escape sequences of its own and prints no user
 * text, writes through `rawStderr()`.
 */
import { escapeControls } from "../core/safeText.js";

type Write = typeof process.stdout.write;

let rawErr: Write | null = null;

function safeWrite(original: Write): Write {
  return function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    const text =
      typeof chunk === "string"
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk).toString("utf8")
          : String(chunk);
    return (original as (...args: unknown[]) => boolean).call(this, escapeControls(text), ...rest);
  } as Write;
}

/** Wraps stdout and stderr; returns the function that restores them. */
export function installSafeOutput(): () => void {
  const out = process.stdout.write;
  const err = process.stderr.write;
  rawErr = err;
  process.stdout.write = safeWrite(out);
  process.stderr.write = safeWrite(err);
  return () => {
    process.stdout.write = out;
    process.stderr.write = err;
    rawErr = null;
  };
}

/** stderr without the escaping, for the progress bar's own cursor control. */
export function rawStderr(): NodeJS.WriteStream {
  const write = rawErr;
  if (write === null) return process.stderr;
  return new Proxy(process.stderr, {
    get(target, key) {
      if (key === "write") return write.bind(target);
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
