/**
 * The history-world part of a run's report (issue 17), from summary.json `history`: where the
 * history came from and how trials resample it, the counterfactual (paired differences of every
 * variant against the historical plan, with 95% CIs), the un-gaming fit (history vs the fitted
 * mix and vs nobody gaming, KS distances, what history cannot identify) and the backtest check.
 * historyBlocks makes the content once; historyMarkdown renders it as Markdown or, with the CLI's
 * plain-text table, as terminal text; reports/html/history.ts renders it as HTML.
 */
import { metricSpec } from "../../sim/metrics/registry/index.js";
import type { RunSummary } from "../../sim/metrics/summary/runSummary.js";
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import { figureText } from "./figure.js";
import { escapeMarkdown, markdownTable } from "./table.js";

/** One piece of the history part: a heading, a paragraph, a table or a bullet list (plain text). */
export type HistoryBlock =
  | { readonly kind: "h"; readonly level: number; readonly text: string }
  | { readonly kind: "p"; readonly text: string }
  | {
      readonly kind: "table";
      readonly headers: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly align: readonly ("left" | "right")[];
    }
  | { readonly kind: "list"; readonly items: readonly string[] };

type Table = (
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ("left" | "right")[],
) => string;

/** The metrics of the counterfactual table. */
export const COUNTERFACTUAL_METRICS = [
  "cost.total",
  "arr.new",
  "deals.won",
  "value.discountGiven",
  "timing.lastMonthShare",
  "timing.lastWeekShare",
  "payout.zeroShare",
  "customer.nrr",
] as const;

const share = (x: number | null | undefined) => (x === null || x === undefined ? "–" : formatPercent(x));
const num = (x: number | null | undefined) => (x === null || x === undefined ? "–" : formatNumber(x, 3));

export function historyMarkdown(
  summary: RunSummary,
  table: Table = markdownTable,
  h: (level: number, text: string) => string = (level, text) => `${"#".repeat(level)} ${text}`,
  text: (s: string) => string = escapeMarkdown,
): string {
  const out: string[] = [];
  for (const b of historyBlocks(summary)) {
    if (b.kind === "h") out.push(h(b.level, text(b.text)), "");
    else if (b.kind === "p") out.push(text(b.text), "");
    else if (b.kind === "table") out.push(table(b.headers, b.rows, b.align), "");
    else out.push(...b.items.map((i) => `- ${text(i)}`), "");
  }
  return out.join("\n");
}

export function historyBlocks(summary: RunSummary): HistoryBlock[] {
  const hs = summary.history;
  if (hs === undefined) return [];
  const currency = summary.experiment.currency;
  const H = (level: number, t: string): HistoryBlock => ({ kind: "h", level, text: t });
  const P = (t: string): HistoryBlock => ({ kind: "p", text: t });
  const T = (
    headers: readonly string[],
    rows: readonly (readonly string[])[],
    align: readonly ("left" | "right")[],
  ): HistoryBlock => ({ kind: "table", headers, rows, align });
  const out: HistoryBlock[] = [
    H(2, `History world: ${hs.source}`),
    P(
      `${hs.aes} AEs and ${hs.deals} closed deals, ${hs.range.start} to ${hs.range.end}. Each trial resamples ` +
        `the history by a block bootstrap by rep and period: every AE's ${hs.blockMonths}-month plan periods are ` +
        `drawn from their own ${hs.blocks} whole historical periods, deals keep their values, stages, cycles and ` +
        `position in the period; the behaviour model acts on the un-gamed pipeline under each variant's plans. ` +
        `Reference variant: ${hs.reference} (the plans the company ran).`,
    ),
  ];
  const scenario = summary.scenarios[0];
  const groups = summary.paired.filter((g) => g.scenario === scenario && g.population === "configured");
  if (groups.length > 0) {
    out.push(
      H(3, `Counterfactual: each variant − ${hs.reference} (paired, 95% CI)`),
      T(
        ["metric", ...groups.map((g) => g.variant)],
        COUNTERFACTUAL_METRICS.map((id) => [
          id,
          ...groups.map((g) => figureText(g.metrics[id], metricSpec(id).unit, currency)),
        ]),
        ["left", ...groups.map(() => "right" as const)],
      ),
    );
  }
  const u = hs.ungaming;
  if (u === null)
    out.push(
      P(
        hs.aes === 0
          ? "No AE pipeline in this history (customer side only): nothing to resample or un-game; the customer side is modelled, not replayed."
          : "Un-gaming: off (the pipeline as recorded; the experiment's behaviour mix).",
      ),
    );
  else {
    out.push(
      H(3, "Un-gaming fit (historical plan on the un-gamed pipeline vs history)"),
      P(
        `Fitted behaviour: ${formatPercent(u.gamingShare, 0)} of AEs gaming at propensity ${u.gamingPropensity} ` +
          `(${u.trials} trials per mix of the calibration grid); every variant's reps carry it. ` +
          `The historical plan's effort, ${formatNumber(u.historicalEffort, 2)}× normal, is taken out of the pipeline ` +
          "(a rep at that effort realises the recorded deals, more effort adds the rep's own deals again).",
      ),
      T(
        ["quantity", "history", "fitted", "nobody gaming"],
        u.rows.map((r) => [r.quantity, share(r.history), share(r.fitted), share(r.honest)]),
        ["left", "right", "right", "right"],
      ),
      T(
        ["profile", "distance", "fitted", "nobody gaming"],
        u.distances.map((d) => [d.profile, d.kind, num(d.fitted), num(d.honest)]),
        ["left", "left", "right", "right"],
      ),
      P("History cannot identify:"),
      { kind: "list", items: u.unidentified.map((x) => `${x.parameter}: ${x.why}`) },
    );
  }
  const b = hs.backtest;
  if (b !== null) {
    const money = (x: number) => formatMoney(x, currency, false);
    const row = (name: string, c: typeof b.cost, f: (x: number) => string) => [
      name,
      `${f(c.backtest.mean)} [${f(c.backtest.lo)}, ${f(c.backtest.hi)}]`,
      `${f(c.simulated.mean)} [${f(c.simulated.lo)}, ${f(c.simulated.hi)}]`,
      c.agree ? "yes" : "NO",
    ];
    out.push(
      H(3, `Backtest check: ${hs.reference} simulated vs replayed on the history`),
      P(
        `The historical plan (${b.plan}) replayed on ${b.from} to ${b.to}, read over ${b.periods} resampled ` +
          "periods (block-bootstrap 95% interval), against the reference variant's simulated mean (95% CI); they " +
          "agree when the intervals overlap.",
      ),
      T(
        ["quantity", "backtest", "simulated", "agree"],
        [
          row("AE plan cost over the horizon", b.cost, money),
          row("value in the period's last month", b.lastMonthShare, (x) => formatPercent(x)),
        ],
        ["left", "right", "right", "left"],
      ),
    );
  }
  return out;
}
