/**
 * The pilot pre-registration (Markdown and HTML from one document, document.ts): the design,
 * the recommendation, the baseline card, power and MDE over the grid, the metrics with their
 * baseline values and decision thresholds, the expected cost of the pilot, the placebo check,
 * the method and its limits, and how to reproduce it.
 */
import { formatMoney, formatNumber, formatPercent } from "../../reports/format.js";
import { normalQuantile } from "../metrics/montecarlo/normalQuantile.js";
import type { BaselineSide, Figure } from "./baselineCard.js";
import type { PilotDesign } from "./designPilot.js";
import type { Block, Doc, Section } from "./document.js";
import { formatEffect, formatOutcome } from "./format.js";
import { OUTCOME_INFO } from "./outcomes.js";
import type { GridCell, OutcomeDesign } from "./powerGrid.js";

const money = (x: number) => formatMoney(x, "USD", false);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const noun = (d: PilotDesign) => (d.unit === "team" ? "teams" : "reps");

const fig = (f: Figure, format: (v: number) => string) =>
  f.value === null ? "not available in this data" : format(f.value);

function cardRows(p: BaselineSide, r: BaselineSide): string[][] {
  const pct = (v: number) => formatPercent(v);
  const row = (label: string, a: Figure, b: Figure, format: (v: number) => string) => [
    label,
    fig(a, format),
    fig(b, format),
    a.value === null
      ? a.note.replace(/^not available in this data \((.*)\)$/, "$1")
      : `${a.note} / ${b.note}`,
  ];
  return [
    [
      "reps (employed at the end)",
      `${p.reps} (${p.employedAtEnd})`,
      `${r.reps} (${r.employedAtEnd})`,
      "reps of the plans' roles",
    ],
    ["rep-years on the plan", p.repYears.toFixed(1), r.repYears.toFixed(1), "employment inside the history"],
    row("attainment p50 (control plan)", p.attainmentP50, r.attainmentP50, pct),
    row("attainment p10", p.attainmentP10, r.attainmentP10, pct),
    row("attainment p90", p.attainmentP90, r.attainmentP90, pct),
    row("annualised pay, mean (control plan)", p.payMeanControl, r.payMeanControl, money),
    row("annualised pay, p50 (control plan)", p.payP50Control, r.payP50Control, money),
    row("annualised pay, mean (candidate plan)", p.payMeanCandidate, r.payMeanCandidate, money),
    row("cost ratio (control plan)", p.costRatioControl, r.costRatioControl, pct),
    row("cost ratio (candidate plan)", p.costRatioCandidate, r.costRatioCandidate, pct),
    row("NRR", p.nrr, r.nrr, pct),
    row("GRR", p.grr, r.grr, pct),
    row("logo churn", p.logoChurn, r.logoChurn, pct),
    row("NPS", p.nps, r.nps, (v) => formatNumber(v, 1)),
    row("CSAT (1–5)", p.csat, r.csat, (v) => formatNumber(v, 2)),
  ];
}

function falsePositives(o: OutcomeDesign): string {
  const rates = o.cells.filter((c) => c.method !== "none").map((c) => c.falsePositive);
  if (rates.length === 0) return "—";
  const lo = Math.min(...rates);
  const hi = Math.max(...rates);
  return lo === hi ? formatPercent(lo) : `${formatPercent(lo)}–${formatPercent(hi)}`;
}

function gridTable(d: PilotDesign, o: OutcomeDesign): Block {
  const cell = (size: number, months: number) => o.cells.find((c) => c.size === size && c.months === months);
  const text = (c: GridCell | undefined) =>
    c === undefined || c.method === "none"
      ? "—"
      : `${(c.power * 100).toFixed(0)}% · MDE ${formatEffect(o.outcome, Math.abs(c.mde), false)} (formula ${formatEffect(o.outcome, c.analyticMde, false)})`;
  return {
    kind: "table",
    headers: [`pilot ${noun(d)}`, ...d.durations.map((m) => `${m} months`)],
    rows: d.sizes.map((n) => [
      `${n}${n === d.size ? " (chosen)" : ""}`,
      ...d.durations.map((m) => text(cell(n, m))),
    ]),
    numeric: [false, ...d.durations.map(() => true)],
  };
}

/** The design the pre-registration commits to: the chosen size at the primary outcome's recommended duration (else the longest). */
export function plannedMonths(d: PilotDesign): number {
  const primary = d.outcomes.find((o) => o.outcome === d.primary);
  return primary?.recommendation?.months ?? d.durations[d.durations.length - 1]!;
}

function outcomeSections(d: PilotDesign): Section[] {
  const months = plannedMonths(d);
  const z = normalQuantile(1 - d.alpha / 2);
  const metrics: string[][] = [];
  const blocks: Block[] = [];
  for (const o of d.outcomes) {
    const info = OUTCOME_INFO[o.outcome];
    if (!o.available) {
      blocks.push({
        kind: "paragraph",
        text: `${o.label} (${o.metric}): not available in this data — ${o.reason}.`,
      });
      metrics.push([`${o.label} (${o.metric})`, "not available in this data", "—", "—", "—", "—"]);
      continue;
    }
    const v = o.variance!;
    const planned = o.cells.find((c) => c.size === d.size && c.months === months);
    const method = o.cells.some((c) => c.method === "model")
      ? o.cells.every((c) => c.method === "model")
        ? "AR(1) model"
        : "history windows where 3 or more windows of P + D months fit (and each arm has 15 or more units), else the AR(1) model"
      : "history windows";
    blocks.push(
      {
        kind: "paragraph",
        text: `${o.label} (${o.metric}), target effect ${formatEffect(o.outcome, o.effect)} (${o.effectSource}). Residual sd per ${d.unit}-month ${formatEffect(o.outcome, v.sigmaPilot, false)} in the group, ${formatEffect(o.outcome, v.sigmaControl, false)} in the rest; lag-1 correlation ρ = ${v.rho.toFixed(2)} (raw ${v.rhoRaw.toFixed(2)}); ${v.pilotUnits} + ${v.controlUnits} ${noun(d)} with data, ${v.unitMonths} ${d.unit}-months. Simulated from ${method}; rejections with no effect ${falsePositives(o)} across cells (α = ${(d.alpha * 100).toFixed(0)}%). Cells: power at the target effect · simulated MDE at ${(d.targetPower * 100).toFixed(0)}% power (analytic formula in brackets).`,
      },
      gridTable(d, o),
      { kind: "paragraph", text: `Recommendation: ${capitalise(o.recommendation?.text ?? "—")}` },
    );
    const threshold = planned ? z * planned.analyticSe : Number.NaN;
    metrics.push([
      `${o.label} (${o.metric})`,
      info.definition,
      `${formatOutcome(o.outcome, o.baseline!.pilot)} / ${formatOutcome(o.outcome, o.baseline!.rest)}`,
      formatEffect(o.outcome, o.effect),
      planned ? formatEffect(o.outcome, Math.abs(planned.mde), false) : "—",
      planned
        ? `success if the DiD estimate is ${info.favourable > 0 ? "≥ +" : "≤ −"}${formatEffect(o.outcome, threshold, false)} (p < ${d.alpha}, two-sided); harm if ${info.favourable > 0 ? "≤ −" : "≥ +"}${formatEffect(o.outcome, threshold, false)}; otherwise inconclusive`
        : "—",
    ]);
  }
  return [
    { heading: "Power and minimum detectable effect (pilot size × duration)", blocks },
    {
      heading: `Pre-registered metrics and decision thresholds (${d.size} pilot ${noun(d)}, ${months} months)`,
      blocks: [
        {
          kind: "table",
          headers: [
            "metric",
            "definition",
            `baseline, last ${d.pre} months (group / rest)`,
            "target effect",
            "MDE (80% power)",
            "decision rule",
          ],
          rows: metrics,
        },
        {
          kind: "paragraph",
          text: `Analysis: for each ${d.unit}, the mean of the outcome over the ${months} pilot months minus its mean over the ${d.pre} months before; the effect is the pilot ${noun(d)}' mean change minus the other ${noun(d)}' mean change (difference in differences), tested with Welch's t-test at α = ${d.alpha} two-sided. Thresholds are ${z.toFixed(2)} × the design's standard error from the history's variance; the final test uses the variance the pilot itself observes.`,
        },
      ],
    },
  ];
}

function costSection(d: PilotDesign): Section {
  const months = plannedMonths(d);
  const planned = d.pilotCost.find((c) => c.months === months);
  return {
    heading: "Expected cost of the pilot (replay of history)",
    blocks: [
      {
        kind: "paragraph",
        text: `Replaying the history of the pilot group under both plans, the candidate pays ${money(Math.abs(d.card.payDifferencePerRepYear))} per rep-year ${d.card.payDifferencePerRepYear >= 0 ? "more" : "less"} than the control. For ${d.size} pilot ${noun(d)}${d.unit === "team" ? ` (≈ ${(d.size * d.repsPerUnit).toFixed(0)} reps)` : ""} over ${months} months that is ${money(planned?.extraPay ?? Number.NaN)} of variable pay versus staying on the control plan. A replay holds behaviour fixed (reps sell what they sold); planbench run simulates the behavioural response.`,
      },
      {
        kind: "table",
        headers: ["duration", `extra pay, ${d.size} ${noun(d)} (negative: a saving)`],
        rows: d.pilotCost.map((c) => [`${c.months} months`, money(c.extraPay)]),
        numeric: [false, true],
      },
    ],
  };
}

function responseSection(d: PilotDesign): Section[] {
  const r = d.response;
  if (r === null) return [];
  const months = plannedMonths(d);
  const rows = d.outcomes.map((o) => {
    const e = r.effects[o.outcome];
    const planned = o.cells.find((c) => c.size === d.size && c.months === months);
    return [
      `${o.label} (${o.metric})`,
      e
        ? `${formatEffect(o.outcome, e.difference)} ± ${formatEffect(o.outcome, e.se, false, 2)}${e.paired ? "" : " (unpaired)"}`
        : "not in the run",
      o.effectSource === "simulation"
        ? "yes"
        : o.effectSource === "--effect"
          ? "no (--effect given)"
          : "no (default)",
      planned && o.effectSource === "simulation" ? `${(planned.power * 100).toFixed(0)}%` : "—",
    ];
  });
  return [
    {
      heading: "Simulated behavioural response (planbench run)",
      blocks: [
        {
          kind: "paragraph",
          text: `From ${r.file}: ${r.variant} − ${r.control}, scenario ${r.scenario}, population ${r.population}, ${r.trials} trials (mean ± Monte Carlo SE). Where no --effect is given, the simulated difference is the target effect; the power still rests on the history's variance.${r.npsTrue === null ? "" : ` Reported NPS includes survey gaming: the simulated true-NPS difference is ${r.npsTrue.difference >= 0 ? "+" : ""}${r.npsTrue.difference.toFixed(1)} ± ${r.npsTrue.se.toFixed(2)}.`}`,
        },
        {
          kind: "table",
          headers: [
            "outcome",
            "simulated difference",
            "target effect?",
            `power, ${d.size} ${noun(d)} × ${months} months`,
          ],
          rows,
          numeric: [false, true, false, true],
        },
      ],
    },
  ];
}

function placeboSection(d: PilotDesign): Section {
  const rows = d.outcomes.flatMap((o) =>
    o.placebo.map((p) => [
      o.label,
      `${p.months} months`,
      String(p.windows),
      `${p.rejected} (${p.windows > 0 ? formatPercent(p.rejected / p.windows, 0) : "—"})`,
      formatEffect(o.outcome, p.meanEstimate),
      formatEffect(o.outcome, p.sdEstimate, false),
    ]),
  );
  return {
    heading: "Placebo check on history (no plan change)",
    blocks:
      rows.length === 0
        ? [
            {
              kind: "paragraph",
              text: `The history (${d.historyMonths} months) is too short for a window of ${d.pre} + D months: no placebo check.`,
            },
          ]
        : [
            {
              kind: "paragraph",
              text: `The same DiD test of the whole group against the rest in every window of history (overlapping windows). With parallel trends about ${(d.alpha * 100).toFixed(0)}% reject; many more mean the group shifts apart from the rest and the rep-level test would over-reject.`,
            },
            {
              kind: "table",
              headers: ["outcome", "duration", "windows", "rejected at α", "mean placebo DiD", "sd"],
              rows,
              numeric: [false, false, true, true, true, true],
            },
          ],
  };
}

export function preregistration(d: PilotDesign, command: string): Doc {
  const primary = d.outcomes.find((o) => o.outcome === d.primary);
  const seed = `${d.seed}${d.seedIsDefault ? " (the default; set --seed)" : ""}`;
  const recommendation: Block[] = primary
    ? [
        {
          kind: "paragraph",
          text: `Primary outcome: ${primary.label}. ${capitalise(primary.recommendation?.text ?? "")}`,
        },
        {
          kind: "list",
          items: d.outcomes.map(
            (o) =>
              `${o.label}: ${o.available ? (o.recommendation?.text ?? "—") : `not available in this data: ${o.reason}`}`,
          ),
        },
      ]
    : [
        {
          kind: "paragraph",
          text: "None of the chosen outcomes can be measured in this data: no pilot can be sized on them.",
        },
      ];
  return {
    title: `Pilot pre-registration: ${d.plans.candidate.name} vs ${d.plans.control.name}`,
    sections: [
      {
        heading: "Design",
        blocks: [
          {
            kind: "list",
            items: [
              `History: ${d.data}, ${d.range.start} to ${d.range.end} (${d.historyMonths} months)${d.quarantinedRows > 0 ? `; ${d.quarantinedRows} bad row(s) quarantined and left out` : ""}.`,
              `Pilot group: ${d.group.label} — ${d.group.pilotReps.length} ${d.group.roles.join("/")} reps; control: the other ${d.group.restReps} ${d.group.roles.join("/")} reps, who stay on ${d.plans.control.name}.`,
              `Candidate plan: ${d.plans.candidate.name} (${d.plans.candidate.files.join(", ")}); control plan: ${d.plans.control.name} (${d.plans.control.files.join(", ")}).`,
              `Pre-period: the ${d.pre} months before the pilot. Grid: ${d.sizes.join(", ")} pilot ${noun(d)} × ${d.durations.join(", ")} months.`,
              d.unit === "team"
                ? `Unit: the team (a cluster): pilot teams ${d.group.pilotTeams.join(", ")}; control teams ${d.group.restTeams.join(", ")}.`
                : "Unit: the rep (reps are taken as independent; --unit team clusters by team).",
              `Test: difference in differences, Welch's t, α = ${d.alpha} two-sided, target power ${(d.targetPower * 100).toFixed(0)}%. Monte Carlo: ${d.replicates} replicates per cell, seed ${seed}.`,
            ],
          },
        ],
      },
      { heading: "Recommendation", blocks: recommendation },
      ...responseSection(d),
      {
        heading: `Baseline card: pilot group vs the rest (history, control plan ${d.plans.control.name})`,
        blocks: [
          {
            kind: "table",
            headers: ["measure", d.group.label, "rest", "counted over (group / rest)"],
            rows: cardRows(d.card.pilot, d.card.rest),
            numeric: [false, true, true, false],
          },
        ],
      },
      ...outcomeSections(d),
      costSection(d),
      placeboSection(d),
      {
        heading: "Method and limits",
        blocks: [
          {
            kind: "list",
            items: [
              "Outcomes are monthly ratios per rep (NRR and GRR annualised ×12 from monthly retention of the rep's book; cost ratio = pay / credited new + expansion ARR; NPS from the responses of the rep's accounts), linearized by the delta method so that an arm's mean is its pooled ratio.",
              "Variance and lag-1 serial correlation come from the history after removing rep and month effects (both cancel in a difference in differences); ρ is corrected for the within-rep demeaning bias (Nickell 1981).",
              "Power is simulated: where at least 3 windows of the pre-period plus the pilot fit in the history and each arm has at least 15 units, from windows of the history's own residuals with reps resampled within each arm (keeping each rep's variance, tails and serial correlation); otherwise from a Gaussian AR(1) model with the fitted σ and ρ. The analytic formula (known variance) is shown beside it.",
              "The power assumes parallel trends and independent units; with --unit rep, team- or region-level shocks would make the rep-level test over-reject (see the placebo check; --unit team clusters by team). The behavioural response to the candidate plan is not part of the power: the target effect is an input (--effect, a planbench run's simulated difference via --response, or the default).",
            ],
          },
        ],
      },
      {
        heading: "Reproduce",
        blocks: [
          { kind: "code", text: command },
          {
            kind: "list",
            items: [
              ...d.inputs.map((i) => `${i.file} sha256 ${i.sha256.slice(0, 16)}…`),
              `planbench ${d.version}`,
            ],
          },
        ],
      },
    ],
  };
}
