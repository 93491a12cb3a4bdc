/**
 * A plain-text table for the terminal: columns padded to their widest cell, numbers right
 * aligned, a rule under the header. No Markdown, so nothing is escaped (`\_`) on a terminal.
 */
export type Align = "left" | "right";

/** Visible width: code points, not UTF-16 units ("—", "±", "…" are one column each). */
const width = (text: string) => [...text].length;

export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((r) => width(r[c] ?? ""))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const pad = " ".repeat(widths[c]! - width(cell));
        return align[c] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(all[0]!), rule, ...all.slice(1).map(line)].join("\n");
}
