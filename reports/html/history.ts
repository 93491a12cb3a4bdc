/** The history-world part of a run's HTML report (issue 17), from the blocks reports/markdown/history.ts makes. */
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { historyBlocks } from "../markdown/history.js";
import { table } from "./components.js";
import { html, type Raw } from "./escape.js";

/** The section, or null when the run was not on a history world. */
export function historySection(summary: RunSummary): Raw | null {
  const blocks = historyBlocks(summary);
  if (blocks.length === 0) return null;
  const parts = blocks.map((b): Raw => {
    if (b.kind === "h") return b.level <= 2 ? html`<h2>${b.text}</h2>` : html`<h3>${b.text}</h3>`;
    if (b.kind === "p") return html`<p>${b.text}</p>`;
    if (b.kind === "list") return html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    return table(
      b.headers,
      b.rows.map((cells) => ({ cells })),
      (c) => b.align[c] === "right",
    );
  });
  return html`<section id="history">${parts}</section>`;
}
