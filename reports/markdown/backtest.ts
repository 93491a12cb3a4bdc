/**
 * The backtest's Markdown comparison (stdout and report.md): flags, variants side by side,
 * customer outcomes, deal timing, baselines, the data import, and the replay caveat stated
 * plainly. Rendered from summary.json's shape alone, so `planbench report DIR` renders the same.
 */
import type { GroupBaseline } from "../../sim/backtest/baselines.js";
import { metricLabel, metricSpec } from "../../sim/metrics/registry/index.js";
import type { VariantMetrics } from "../../sim/metrics/summary/backtestMetrics.js";
import { backtestDecision } from "../decision/index.js";
import { backtestFlags } from "../flags/backtestFlags.js";
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import { formatMetricValue } from "../formatMetric.js";
import type { BacktestSummary } from "../load/backtestData.js";
import { decisionMarkdown } from "./decision.js";
import { escapeMarkdown, markdownTable } from "./table.js";

type Result = BacktestSummary;

/** Rows of the side-by-side table: ids in the registry's units (attainment bands as one row). */
const SIDE_BY_SIDE = [
  "cost.total",
  "cost.ratio",
  "payout.mean",
  "payout.p10",
  "payout.p50",
  "payout.p90",
  "payout.cv",
  "payout.gini",
  "payout.zeroShare",
  "attainment.bands",
  "payPerformance.rho",
  "timing.lastMonthShare",
  "timing.lastWeekShare",
] as const;

const BANDS = ["attainment.below80", "attainment.from80to120", "attainment.above120"] as const;

function cell(m: VariantMetrics, id: (typeof SIDE_BY_SIDE)[number], currency: string): string {
  if (id === "attainment.bands") return BANDS.map((b) => formatMetricValue(m[b], "share")).join(" / ");
  return formatMetricValue(m[id], metricSpec(id).unit, currency);
}

const pct = (x: number) => formatPercent(x);
const index = (x: number) => formatNumber(x, 2);

function variantTable(result: Result): string {
  const headers = ["metric", ...result.variants.map((v) => v.name)];
  const rows = SIDE_BY_SIDE.map((id) => [
    `${metricLabel(id)} (${id})`,
    ...result.variants.map((v) => cell(v.metrics, id, result.currency)),
  ]);
  rows.push(["reps paid (≥ 3 months on plan)", ...result.variants.map((v) => String(v.repsPaid))]);
  rows.push(["rep-years with a quota", ...result.variants.map((v) => String(v.repYears))]);
  return markdownTable(headers, rows, ["left", ...result.variants.map(() => "right" as const)]);
}

function glossary(): string {
  return [...SIDE_BY_SIDE, ...BANDS]
    .map((id) => `- \`${id}\` ${metricLabel(id)}: ${metricSpec(id).definition}`)
    .join("\n");
}

/** summary.json writes NaN as null. */
const n = (x: number | null | undefined) => (typeof x === "number" ? x : Number.NaN);

function outcomesSection(result: Result): string {
  const o = result.customer;
  const rows = [
    ["customer.nrr", pct(n(o["customer.nrr"]))],
    ["customer.grr", pct(n(o["customer.grr"]))],
    ["customer.logoChurn", pct(n(o["customer.logoChurn"]))],
    ["customer.activation", pct(n(o["customer.activation"]))],
    ["customer.adoption", index(n(o["customer.adoption"]))],
    ["customer.npsReported", formatNumber(n(o["customer.npsReported"]), 1)],
    ["CSAT (mean, 1–5)", formatNumber(n(o.csat), 2)],
    ["CES (mean, 1–7, lower is better)", formatNumber(n(o.ces), 2)],
  ];
  const note =
    o.retentionWindows === 0
      ? "\n\nNRR and GRR need a full year of ARR history before and after a window start; this history has none (—)."
      : `\n\nNRR/GRR pooled over ${o.retentionWindows} twelve-month window(s) starting at the range start.`;
  return `${markdownTable(["outcome", "value"], rows, ["left", "right"])}${note}`;
}

function timingSection(result: Result): string {
  const money = (x: number) => formatMoney(x, result.currency, false);
  const t = result.variants[0]!.timing;
  const weeks = t.valueByWeek.map((value, w) => [
    String(w + 1),
    money(value),
    pct(t.totalValue > 0 ? value / t.totalValue : 0),
    Number.isFinite(n(t.discountByWeek[w])) ? pct(n(t.discountByWeek[w])) : "—",
  ]);
  const bunching = t.uniformLastMonthShare > 0 ? t.lastMonthShare / t.uniformLastMonthShare : Number.NaN;
  return [
    `${t.bookings} bookings worth ${money(t.totalValue)}. ` +
      `Last month of a period: **${pct(t.lastMonthShare)}** of booked value (${pct(t.uniformLastMonthShare)} if spread evenly; ` +
      `${formatNumber(bunching, 2)}× that). Last week: **${pct(t.lastWeekShare)}** (${pct(t.uniformLastWeekShare)} if even).`,
    "",
    "Booked value and value-weighted discount by week of period (calendar of the first variant's plans):",
    "",
    markdownTable(["week", "booked", "share", "mean discount"], weeks, ["right", "right", "right", "right"]),
  ].join("\n");
}

function baselineSection(
  baselines: readonly GroupBaseline[],
  variantNames: readonly string[],
  currency: string,
): string {
  const money = (x: number) => formatMoney(x, currency, false);
  if (baselines.length === 0)
    return "The history has a single team, region and segment: see the totals above.";
  const first = variantNames[0]!;
  const rows = baselines.map((b) => {
    const pay = b.byVariant[first]!;
    return [
      b.dimension,
      b.group,
      String(b.reps),
      Number.isFinite(pay.attainmentP50) ? pct(pay.attainmentP50) : "—",
      Number.isFinite(pay.attainmentP10) ? `${pct(pay.attainmentP10)}–${pct(pay.attainmentP90)}` : "—",
      Number.isFinite(pay.payP50) ? money(pay.payP50) : "—",
      pct(b.outcomes.nrr),
      pct(b.outcomes.grr),
      pct(b.outcomes.logoChurn),
      formatNumber(b.outcomes.npsReported, 1),
      formatNumber(b.outcomes.csat, 2),
    ];
  });
  return [
    `Attainment and pay under **${escapeMarkdown(first)}**; customer outcomes of the accounts each group covered.`,
    "",
    markdownTable(
      [
        "by",
        "group",
        "reps",
        "attainment p50",
        "p10–p90",
        "pay p50",
        "NRR",
        "GRR",
        "logo churn",
        "NPS",
        "CSAT",
      ],
      rows,
      ["left", "left", "right", "right", "right", "right", "right", "right", "right", "right", "right"],
    ),
  ].join("\n");
}

function importSection(result: Result): string {
  const s = result.import;
  const rows = s.tables.map((t) => [
    t.table,
    String(t.rowsRead),
    String(t.generated),
    String(t.rows),
    String(t.quarantined),
    Object.entries(t.skipped)
      .map(([reason, n]) => `${n} ${reason}`)
      .join("; ") || "0",
  ]);
  return markdownTable(
    ["table", "read", "generated by rule", "rows", "quarantined", "skipped (reason)"],
    rows,
    ["left", "right", "right", "right", "right", "left"],
  );
}

/** Reps listed in the plan assignments section; the rest are in summary.json. */
const ASSIGNMENT_REPS_SHOWN = 50;

/** The history's plan assignments (only when it states them): segments, then pay per variant. */
function assignmentSection(result: Result): string[] {
  const reps = result.planAssignments ?? [];
  if (reps.length === 0) return [];
  const names = result.variants.map((v) => v.name);
  const shown = reps.slice(0, ASSIGNMENT_REPS_SHOWN);
  const segments = shown.flatMap((r) =>
    r.segments.map((a) => [
      escapeMarkdown(r.rep),
      a.from,
      a.to ?? "open",
      escapeMarkdown(a.plan ?? "(role's plan)"),
      a.targetVariable === null ? "plan's" : formatMoney(a.targetVariable, result.currency),
      escapeMarkdown(
        Object.entries(a.quotas)
          .map(([m, q]) => `${m} ${formatMoney(q, result.currency)}`)
          .join(", ") || "plan's",
      ),
      escapeMarkdown(a.territory || "—"),
      String(a.days),
    ]),
  );
  const pay = shown.map((r) => [
    escapeMarkdown(r.rep),
    ...names.map((n) => (r.paid[n] === undefined ? "not covered" : formatMoney(r.paid[n]!, result.currency))),
  ]);
  const more = reps.length - shown.length;
  const outside = reps.filter((r) => r.eventsOutside > 0);
  const off = outside.reduce((n, r) => n + r.eventsOutside, 0);
  return [
    "## Plan assignments",
    "",
    `The history states dated plan assignments for ${reps.length} rep(s) (promotions, transfers, plan changes): each is paid on every segment's plan over that segment's days, with quotas and target variables prorated by days as \`planbench explain\` does. Days: inside the range and the rep's employment. Per-period shares: \`statement-assignments.csv\`.`,
    "",
    markdownTable(["rep", "from", "to", "plan", "target variable", "quotas", "territory", "days"], segments, [
      "left",
      "left",
      "left",
      "left",
      "right",
      "left",
      "left",
      "right",
    ]),
    "",
    markdownTable(["rep", ...names.map((n) => `paid: ${escapeMarkdown(n)}`)], pay, [
      "left",
      ...names.map(() => "right" as const),
    ]),
    ...(more > 0 ? ["", `… and ${more} more rep(s): see summary.json (planAssignments).`] : []),
    ...(off > 0
      ? [
          "",
          `⚠ ${off} earning event(s) of ${outside.length} rep(s) (${outside
            .slice(0, 10)
            .map((r) => escapeMarkdown(r.rep))
            .join(
              ", ",
            )}${outside.length > 10 ? ", …" : ""}) fall outside every plan assignment of their rep: off plan, they earn nothing.`,
        ]
      : []),
    "",
  ];
}

/** Reps in the history (the imported reps table). */
export function historyReps(result: Result): number {
  return result.import.tables.find((t) => t.table === "reps")?.rows ?? 0;
}

export function backtestMarkdown(result: Result): string {
  const names = result.variants.map((v) => v.name);
  const uncovered = result.variants
    .filter((v) => v.uncoveredReps.length > 0)
    .map(
      (v) =>
        `- ${escapeMarkdown(v.name)}: ${v.uncoveredReps.length} rep(s) in roles without a plan are not paid by it.`,
    );
  const flags = backtestFlags(result).map(
    (f) => `- ${f.level === "warn" ? "⚠" : "✓"} ${escapeMarkdown(f.text)}`,
  );
  return [
    `# Backtest: ${names.map(escapeMarkdown).join(" vs ")}`,
    "",
    `History: \`${escapeMarkdown(result.data)}\`, ${result.range.start} to ${result.range.end}, ${historyReps(result)} reps.`,
    "",
    `> ${result.caveat}`,
    "",
    decisionMarkdown(backtestDecision(result)),
    ...(flags.length > 0 ? [...flags, ""] : []),
    "## Variants side by side",
    "",
    variantTable(result),
    "",
    "Attainment bands: share of rep-years below 80% / 80–120% / above 120% of quota. Money in the plan currency.",
    ...(uncovered.length > 0 ? ["", ...uncovered] : []),
    "",
    ...assignmentSection(result),
    "## Customer outcomes (history: the same under every variant)",
    "",
    outcomesSection(result),
    "",
    "## Deal timing",
    "",
    timingSection(result),
    "",
    "## Baselines by team, region and segment",
    "",
    baselineSection(result.baselines, names, result.currency),
    "",
    "## Data",
    "",
    importSection(result),
    "",
    "## Definitions",
    "",
    glossary(),
    "",
    "## Reproduce",
    "",
    "```",
    result.command,
    "```",
    "",
    ...result.inputs.map((i) => `- \`${escapeMarkdown(i.file)}\` sha256 ${i.sha256.slice(0, 16)}…`),
    `- planbench ${result.planbench}, Node ${result.node}`,
    "",
  ].join("\n");
}
