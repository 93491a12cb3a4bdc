/**
 * `extends`: a world file overrides the file it extends by deep merge. Mappings merge key by
 * key, recursively; anything else (numbers, text, lists such as `shocks` or a schedule) in the
 * extending file replaces the base value whole. A key set to null in the extending file
 * replaces the base value with null (e.g. `regimes: null` turns regime switching off).
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isMapping(base) || !isMapping(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    out[key] = key in base ? deepMerge(base[key], value) : value;
  }
  return out;
}
