/**
 * Normalisation for chart snapshots (after Observable Plot's snapshot tests): numbers rounded so
 * float noise across machines does not matter, generated ids stripped, one SVG tag per line so
 * a diff points at the changed mark. Anything that changes what is drawn still changes the text.
 */
export function normalizeSpec(spec: unknown): string {
  return `${JSON.stringify(spec, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v), 2)}\n`;
}

export function normalizeSvg(svg: string): string {
  return `${svg
    .replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => String(Math.round(Number(m) * 10) / 10))
    .replace(/\s(id)="[^"]*"/g, "")
    .replace(/url\(#[^)]*\)/g, "url(#)")
    .replace(/></g, ">\n<")}\n`;
}
