/**
 * The HTML report of a backtest: the replay caveat and flags first, the variants side by side,
 * a statements overview, the charts (pay distribution, statements over time, attainment,
 * baselines, timing), customer outcomes, baselines by team/region/segment, the data import,
 * definitions and the reproducibility block. Exact figures (one history), so no intervals.
 */
import { PLANBENCH_VERSION } from "../../sim/version.js";
import type { RenderedChart } from "../charts/chart.js";
import { backtestFlags } from "../flags/backtestFlags.js";
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import type { BacktestReportData } from "../load/backtestData.js";
import { historyReps } from "../markdown/backtest.js";
import { formatValue } from "./cells.js";
import {
  figure,
  flagList,
  glossary,
  metricName,
  page,
  reproducibility,
  type TableRow,
  table,
  variantHeader,
} from "./components.js";
import { html, type Raw } from "./escape.js";

const n = (x: number | null | undefined) => (typeof x === "number" ? x : Number.NaN);

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
  "attainment.below80",
  "attainment.from80to120",
  "attainment.above120",
  "payPerformance.rho",
  "timing.lastMonthShare",
  "timing.lastWeekShare",
];

function metricValue(metrics: Record<string, unknown>, id: string): number {
  return n(metrics[id] as number);
}

function unitOf(id: string) {
  if (id.startsWith("attainment.") || id.endsWith("Share")) return "share" as const;
  if (id === "cost.ratio") return "share" as const;
  if (id.startsWith("cost.") || id.startsWith("payout.p") || id === "payout.mean") return "currency" as const;
  return "ratio" as const;
}

export function backtestHtml(
  data: BacktestReportData,
  charts: readonly RenderedChart[],
  png: boolean,
  currency: string,
): string {
  const s = data.summary;
  const names = s.variants.map((v) => v.name);
  const money = (x: number) => formatMoney(x, currency, false);
  const variantsTable = table(
    ["Metric", ...names.map((v) => variantHeader(names, v))],
    [
      {
        cells: [
          "Plans (role)",
          ...s.variants.map(
            (v) =>
              html`<span class="wrap">${v.plans.map((p, i) => html`${i > 0 ? html`<br>` : ""}${p.name} (${p.role})`)}</span>`,
          ),
        ],
      },
      ...SIDE_BY_SIDE.map((id) => ({
        cells: [
          metricName(id, [], currency),
          ...s.variants.map((v) => formatValue(metricValue(v.metrics as never, id), unitOf(id), currency)),
        ],
      })),
      { cells: ["ARR credited (new + expansion)", ...s.variants.map((v) => money(n(v.creditedArr)))] },
      { cells: ["Reps paid (≥ 3 months on plan)", ...s.variants.map((v) => String(v.repsPaid))] },
      { cells: ["Rep-years with a quota", ...s.variants.map((v) => String(v.repYears))] },
      {
        cells: [
          "Reps in roles without a plan (unpaid)",
          ...s.variants.map((v) => String(v.uncoveredReps.length)),
        ],
      },
    ],
    (c) => c > 0,
    "summary-table",
  );
  const statements = statementsOverview(data, currency);
  const o = s.customer;
  const outcomes = table(
    ["Outcome", "Value"],
    [
      { cells: [metricName("customer.nrr", [], currency), formatPercent(n(o["customer.nrr"]))] },
      { cells: [metricName("customer.grr", [], currency), formatPercent(n(o["customer.grr"]))] },
      { cells: [metricName("customer.logoChurn", [], currency), formatPercent(n(o["customer.logoChurn"]))] },
      {
        cells: [metricName("customer.activation", [], currency), formatPercent(n(o["customer.activation"]))],
      },
      { cells: [metricName("customer.adoption", [], currency), formatNumber(n(o["customer.adoption"]), 2)] },
      {
        cells: [
          metricName("customer.npsReported", [], currency),
          formatNumber(n(o["customer.npsReported"]), 1),
        ],
      },
      { cells: ["CSAT (mean, 1–5)", formatNumber(n(o.csat), 2)] },
      { cells: ["CES (mean, 1–7, lower is better)", formatNumber(n(o.ces), 2)] },
      { cells: ["Accounts / survey responses", `${o.accounts} / ${o.surveyResponses}`] },
    ],
  );
  const first = names[0] ?? "";
  const baselineRows: TableRow[] = s.baselines.map((b) => {
    const p = b.byVariant[first];
    return {
      group: `By ${b.dimension}`,
      cells: [
        b.group,
        String(b.reps),
        formatPercent(n(p?.attainmentP50)),
        `${formatPercent(n(p?.attainmentP10))}–${formatPercent(n(p?.attainmentP90))}`,
        ...names.map((v) => money(n(b.byVariant[v]?.payP50))),
        formatPercent(n(b.outcomes.nrr)),
        formatPercent(n(b.outcomes.logoChurn)),
        formatNumber(n(b.outcomes.npsReported), 1),
      ],
    };
  });
  const baselines =
    baselineRows.length === 0
      ? html`<p>The history has a single team, region and segment: see the totals above.</p>`
      : table(
          [
            "Group",
            "Reps",
            "Attainment p50",
            "p10–p90",
            ...names.map((v) => html`Pay p50: ${v}`),
            "NRR",
            "Logo churn",
            "NPS",
          ],
          baselineRows,
        );
  const imp = table(
    ["Table", "Rows read", "Generated by rule", "Rows", "Quarantined", "Skipped (reason)"],
    s.import.tables.map((t) => ({
      cells: [
        t.table,
        String(t.rowsRead),
        String(t.generated),
        String(t.rows),
        String(t.quarantined),
        Object.entries(t.skipped)
          .map(([r, k]) => `${k} ${r}`)
          .join("; ") || "0",
      ],
    })),
    (c) => c > 0 && c < 5,
  );
  const ids = [
    ...SIDE_BY_SIDE,
    "attainment.bands",
    "customer.nrr",
    "customer.grr",
    "customer.logoChurn",
    "customer.activation",
    "customer.adoption",
    "customer.npsReported",
  ];
  const body: Raw = html`
<div class="caveat">${s.caveat}</div>
<section id="flags"><h2>What stands out</h2>${flagList(backtestFlags(s), names)}</section>
<section id="variants"><h2>Variants side by side</h2><p>What each plan variant would have paid on the same history. Hover a metric for its definition.</p>${variantsTable}</section>
<section id="statements"><h2>Statements overview</h2>${statements}</section>
<section id="charts"><h2>Charts</h2>${charts.map((c) => figure(c.chart, c.svg, [], currency, png))}</section>
<section id="outcomes"><h2>Customer outcomes</h2><p>From the history itself: the same under every variant.</p>${outcomes}</section>
<section id="baselines"><h2>Baselines by team, region and segment</h2><p>Attainment under ${first}; pay under each variant; customer outcomes of the accounts each group covered.</p>${baselines}</section>
<section id="data"><h2>Data imported</h2>${imp}</section>
<section id="glossary"><h2>Metric definitions</h2>${glossary(ids, [], currency)}</section>
<section id="repro"><h2>Reproducibility</h2>${reproducibility(
    s.command,
    [
      { label: "seed", value: "none (a replay of history is deterministic)" },
      { label: "planbench", value: s.planbench },
      { label: "Node.js", value: s.node },
    ],
    s.inputs,
  )}</section>`;
  return page({
    title: `Backtest: ${names.join(" vs ")}`,
    kicker: "planbench · plan variants replayed on history",
    lede: `History ${s.data}, ${s.range.start} to ${s.range.end}, ${historyReps(s)} reps. Money in ${currency}.`,
    toc: [
      ["flags", "Flags"],
      ["variants", "Side by side"],
      ["statements", "Statements"],
      ["charts", "Charts"],
      ["baselines", "Baselines"],
      ["glossary", "Definitions"],
      ["repro", "Reproducibility"],
    ],
    body,
    footer: `Results from planbench ${s.planbench}, page rendered by planbench ${PLANBENCH_VERSION}. Self-contained: it opens offline; chart specs and CSV tables sit beside this file.`,
  });
}

function statementsOverview(data: BacktestReportData, currency: string): Raw {
  const st = data.statements;
  const names = data.summary.variants.map((v) => v.name);
  if (!st) return html`<p>statements.arrow is not in this folder.</p>`;
  const variant = st.text("variant");
  const rep = st.text("rep_id");
  const period = st.text("period");
  const start = st.text("period_start");
  const paid = st.numbers("paid");
  const rows = names.map((name) => {
    const reps = new Set<string>();
    const periods = new Set<string>();
    let count = 0;
    let total = 0;
    let zero = 0;
    let lo = "";
    let hi = "";
    for (let i = 0; i < st.rows; i++) {
      if (variant[i] !== name) continue;
      count++;
      reps.add(rep[i]!);
      periods.add(period[i]!);
      total += Number.isFinite(paid[i]!) ? paid[i]! : 0;
      if (!(paid[i]! > 0)) zero++;
      if (!lo || start[i]! < lo) lo = start[i]!;
      if (!hi || start[i]! > hi) hi = start[i]!;
    }
    return {
      cells: [
        variantHeader(names, name),
        String(count),
        String(reps.size),
        String(periods.size),
        `${lo} – ${hi}`,
        formatMoney(total, currency, false),
        formatPercent(count > 0 ? zero / count : Number.NaN),
      ],
    };
  });
  const top = topEarners(data, currency);
  return html`<p>One statement per rep and plan period, line by line in <a href="statement-lines.csv">statement-lines.csv</a>; totals in <a href="statements.csv">statements.csv</a>.</p>${table(["Variant", "Statements", "Reps", "Periods", "Period starts", "Total paid", "Statements paying nothing"], rows, (c) => c > 0 && c !== 4)}${top}`;
}

/** The five best-paid reps of each variant over the range: where pay concentrates, by name. */
function topEarners(data: BacktestReportData, currency: string): Raw {
  const st = data.statements!;
  const names = data.summary.variants.map((v) => v.name);
  const variant = st.text("variant");
  const rep = st.text("rep_id");
  const repName = st.has("rep_name") ? st.text("rep_name") : rep;
  const role = st.text("role");
  const team = st.text("team");
  const paid = st.numbers("paid");
  const rows: TableRow[] = [];
  for (const name of names) {
    const totals = new Map<string, { name: string; role: string; team: string; paid: number }>();
    for (let i = 0; i < st.rows; i++) {
      if (variant[i] !== name || !Number.isFinite(paid[i]!)) continue;
      const t = totals.get(rep[i]!) ?? { name: repName[i]!, role: role[i]!, team: team[i]!, paid: 0 };
      t.paid += paid[i]!;
      totals.set(rep[i]!, t);
    }
    const best = [...totals.entries()]
      .sort((a, b) => b[1].paid - a[1].paid || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5);
    for (const [id, t] of best)
      rows.push({
        group: name,
        cells: [
          html`${t.name} <span class="id">${id}</span>`,
          t.role,
          t.team,
          formatMoney(t.paid, currency, false),
        ],
      });
  }
  return html`<h3>Highest-paid reps under each variant</h3>${table(["Rep", "Role", "Team", "Paid over the range"], rows, (c) => c === 3)}`;
}
