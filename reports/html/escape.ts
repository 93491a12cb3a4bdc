/**
 * HTML escaping for every string that reaches a report: text and attribute values alike (& < > "
 * ' all encoded), so a plan or rep named `<img src=x onerror=alert(1)>` is shown, never run.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Tagged template: interpolated values are escaped unless wrapped with `raw()`. */
export interface Raw {
  readonly __html: string;
}

export function raw(html: string): Raw {
  return { __html: html };
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += toHtml(v) + strings[i + 1]!;
  });
  return raw(out);
}

function toHtml(v: unknown): string {
  if (v === null || v === undefined || v === false) return "";
  if (Array.isArray(v)) return v.map(toHtml).join("");
  if (typeof v === "object" && "__html" in (v as object)) return (v as Raw).__html;
  return escapeHtml(String(v));
}

/**
 * Checks a rendered chart before it is inlined: vega escapes text and attributes, and this makes
 * sure no script, foreign content, event handler or external reference slipped through.
 */
export function assertSafeSvg(svg: string): string {
  if (!svg.startsWith("<svg")) throw new Error("chart renderer returned something other than SVG");
  if (/<script|<foreignObject|<iframe/i.test(svg)) throw new Error("chart SVG contains active content");
  for (const tag of svg.matchAll(
    /<[a-zA-Z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
  )) {
    for (const attr of tag[1]!.matchAll(/\s([^\s=/>]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g))
      if (/^on/i.test(attr[1]!)) throw new Error(`chart SVG contains an event handler (${attr[1]})`);
  }
  if (/(?:href|src)\s*=\s*["']?\s*(?:https?:|javascript:|\/\/)/i.test(svg))
    throw new Error("chart SVG references an external resource");
  return svg;
}
