/**
 * The decision section at the top of every Markdown report: the verdict as bullets (⚠ for a
 * caution), then the scorecard as a table — each cell the level and, for variants other than the
 * baseline, the difference with ▲/▼ and "better"/"worse" in words (⚠ marks worse, the only
 * cue that is flagged). Rules:
 * reports/decision/rules.ts and verdict.ts.
 */

import { CUE_WORDS, differenceText, levelText } from "../decision/cellText.js";
import type { Decision } from "../decision/index.js";
import { DIMENSION_TITLES } from "../decision/model.js";
import { escapeMarkdown, markdownTable } from "./table.js";

export function decisionMarkdown(d: Decision, heading = "## Decision summary"): string {
  const { card } = d;
  const headers = [
    "variant",
    ...card.columns.map(
      (c) => `${DIMENSION_TITLES[c.dimension]} (${c.metric === null ? "not scored" : c.note})`,
    ),
  ];
  const rows = card.variants.map((v) => [
    v === card.baseline ? `${v} (baseline)` : v,
    ...card.columns.map((col) => {
      const c = col.cells.find((x) => x.variant === v);
      if (!c || col.metric === null) return "—";
      const diff = differenceText(col, c, card.currency);
      const cue = c.cue === "base" ? "" : `${c.cue === "worse" ? "⚠ " : ""}${CUE_WORDS[c.cue]}`;
      const tail = [diff, cue].filter(Boolean).join(", ");
      return `${levelText(col, c, card.currency)}${tail ? ` (${tail})` : ""}`;
    }),
  ]);
  const notScored = card.columns.filter((c) => c.metric === null);
  return [
    heading,
    "",
    ...d.verdict.map((l) => `- ${l.tone === "caution" ? "⚠ " : ""}${escapeMarkdown(l.text)}`),
    "",
    markdownTable(headers, rows, ["left", ...card.columns.map(() => "right" as const)]),
    "",
    escapeMarkdown(
      `${card.basis} Differences: each variant minus ${card.baseline}${card.scenario ? ` (scenario ${card.scenario}, reps as configured)` : ""}.${notScored.map((c) => ` ${DIMENSION_TITLES[c.dimension]}: ${c.note}.`).join("")}`,
    ),
    "",
  ].join("\n");
}
