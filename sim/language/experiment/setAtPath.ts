/**
 * Setting one value inside a parsed YAML document by a dotted path — the sweep's way of changing
 * a plan or world parameter as the file writes it. A segment is a mapping key, a list index, or
 * the `id` (or `name`) of a list item: `components.newArr.tiers.2.multiplier`,
 * `regimes.states.downturn.transitions.normal`. The last key may be new; every other segment
 * must exist. Returns a changed deep copy (the input is not mutated) or an error message.
 */

export type SetResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly message: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function itemIndex(list: readonly unknown[], segment: string): number {
  if (/^\d+$/.test(segment)) return Number(segment) < list.length ? Number(segment) : -1;
  return list.findIndex((item) => isRecord(item) && (item.id === segment || item.name === segment));
}

function choices(node: unknown): string {
  if (Array.isArray(node)) {
    const ids = node.map((item, i) =>
      isRecord(item) && typeof item.id === "string"
        ? item.id
        : isRecord(item) && typeof item.name === "string"
          ? item.name
          : String(i),
    );
    return `list items: ${ids.join(", ")}`;
  }
  return isRecord(node) ? `keys: ${Object.keys(node).join(", ")}` : "a value, not a mapping or list";
}

export function setAtPath(data: unknown, path: string, value: unknown): SetResult {
  const segments = path.split(".");
  if (segments.some((s) => s === "")) return { ok: false, message: `'${path}' has an empty segment` };
  const copy: unknown = structuredClone(data);
  let node: unknown = copy;
  for (let k = 0; k < segments.length; k++) {
    const segment = segments[k]!;
    const last = k === segments.length - 1;
    const at = segments.slice(0, k).join(".") || "the top level";
    if (Array.isArray(node)) {
      const i = itemIndex(node, segment);
      if (i < 0) return { ok: false, message: `no '${segment}' in ${at} (${choices(node)})` };
      if (last) node[i] = value;
      else node = node[i];
    } else if (isRecord(node)) {
      if (last) node[segment] = value;
      else if (!(segment in node))
        return { ok: false, message: `no '${segment}' in ${at} (${choices(node)})` };
      else node = node[segment];
    } else {
      return { ok: false, message: `${at} is ${choices(node)}: cannot go into '${segment}'` };
    }
  }
  return { ok: true, data: copy };
}
