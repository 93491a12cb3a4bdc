/**
 * cyrb128: a 128-bit non-cryptographic string hash, used to turn a stream key into generator
 * state. Four 32-bit lanes mixed per UTF-16 code unit with Math.imul, then a final avalanche.
 * Reference: bryc, "cyrb128", https://github.com/bryc/code/blob/master/jshash/PRNGs.md
 * (public domain). Fixed constants; changing them changes every stream (see the golden test).
 */
export function cyrb128(key: string): [number, number, number, number] {
  return cyrb128Parts([key]);
}

/**
 * cyrb128 of the concatenation of `parts`, without building the concatenated string: the hash
 * is a left-to-right scan, so feeding the parts in order gives the same lanes. Saves the
 * concatenation and flattening on the hot path of keyedStream (one stream per rep × purpose).
 */
export function cyrb128Parts(parts: readonly string[]): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let p = 0; p < parts.length; p++) {
    const s = parts[p]!;
    for (let i = 0; i < s.length; i++) {
      const k = s.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
