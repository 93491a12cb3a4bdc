/**
 * Counts the bytes of new typed-array backing stores, which live outside V8's heap and so are
 * missed by heap accounting (allocation.ts). Replaces the global typed-array constructors with
 * counting subclasses; views of an existing buffer (subarray, new X(buffer)) are not counted.
 * Import it before any module that creates typed arrays, in a process used only for counting
 * (subclassed constructors are slower, so CPU is measured in another process).
 */

export const arrayBufferBytes = { total: 0 };

const NAMES = [
  "Float64Array",
  "Float32Array",
  "Int32Array",
  "Uint32Array",
  "Int16Array",
  "Uint16Array",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
] as const;

type TypedArrayConstructor = new (...args: unknown[]) => { readonly byteLength: number };

for (const name of NAMES) {
  const globals = globalThis as unknown as Record<string, TypedArrayConstructor>;
  const Base = globals[name]!;
  const Counted = class extends Base {
    constructor(...args: unknown[]) {
      super(...args);
      const first = args[0];
      if (!(first instanceof ArrayBuffer) && !(first instanceof SharedArrayBuffer))
        arrayBufferBytes.total += this.byteLength;
    }
  };
  Object.defineProperty(Counted, "name", { value: name });
  globals[name] = Counted;
}
