/**
 * The decision section of a report (reports/decision: the scorecard and the verdict) as plain
 * text for the terminal: one row per dimension, one column per variant, each cell the level and
 * a mark for how it compares with the baseline; the legend; the verdict lines. No Markdown.
 */
import { levelText } from "../../../reports/decision/cellText.js";
import type { Decision } from "../../../reports/decision/index.js";
import { type Cue, DIMENSION_TITLES } from "../../../reports/decision/model.js";
import { textTable } from "./textTable.js";

const MARK: Readonly<Record<Cue, string>> = {
  better: " ✓",
  worse: " ⚠",
  unclear: " ≈",
  same: " =",
  base: "",
  na: "",
};

export function decisionText(d: Decision): string {
  const { card } = d;
  const rows = card.columns.map((col) => [
    col.metric === null ? DIMENSION_TITLES[col.dimension] : `${DIMENSION_TITLES[col.dimension]}: ${col.note}`,
    ...card.variants.map((v) => {
      const c = col.cells.find((x) => x.variant === v);
      return c && col.metric !== null ? `${levelText(col, c, card.currency)}${MARK[c.cue]}` : "not scored";
    }),
  ]);
  const headers = [" ", ...card.variants.map((v) => (v === card.baseline ? `${v} (baseline)` : v))];
  const legend =
    card.kind === "run"
      ? `vs ${card.baseline}: ✓ better, ⚠ worse, ≈ no clear difference (95% CI of the paired difference includes 0)`
      : `vs ${card.baseline}: ✓ better, ⚠ worse, = about the same`;
  return [
    textTable(headers, rows, ["left", ...card.variants.map(() => "right" as const)]),
    legend,
    "",
    ...d.verdict.map((l) => `${l.tone === "caution" ? "⚠" : "•"} ${l.text}`),
  ].join("\n");
}
