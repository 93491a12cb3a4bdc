/**
 * GitHub-flavoured Markdown tables. Cell text is escaped so user strings (plan or rep names)
 * cannot break the table or inject markup.
 */
export type Align = "left" | "right";

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/([*_`[\]<>#])/g, "\\$1")
    .replace(/\r?\n/g, " ");
}

export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const rule = headers.map((_, i) => (align[i] === "right" ? "---:" : "---"));
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  return [line(headers), `| ${rule.join(" | ")} |`, ...rows.map(line)].join("\n");
}
