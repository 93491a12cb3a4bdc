/**
 * Writes a calibrated world as a world file (`kind: world`) that `extends` the base world and
 * overrides what history identified, each value commented with its evidence (n, method) so a
 * reviewer sees what is fitted and what is the base world's default.
 */
import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { SegmentCustomers, SegmentSales, WorldParams } from "../core/world.js";
import type { BehaviourFitRecord } from "./calibrateBehaviour.js";
import type { Evidence } from "./evidence.js";

const round = (x: number) => Number(x.toPrecision(6));

function value(v: unknown): string {
  if (typeof v === "number") return String(round(v));
  if (Array.isArray(v)) return `[${v.map(value).join(", ")}]`;
  return JSON.stringify(v);
}

function comment(evidence: readonly Evidence[], segment: Segment | "all", key: string): string {
  const e = evidence.find(
    (x) => x.segment === segment && (x.parameter === key || x.parameter.startsWith(`${key}.`)),
  );
  if (!e) return "";
  return e.source === "fitted" ? `  # fitted: ${e.method}, n = ${e.n}` : `  # base: only ${e.n} observations`;
}

function block<T extends object>(
  name: string,
  bySegment: Readonly<Record<Segment, T>>,
  evidence: readonly Evidence[],
  alias: Readonly<Record<string, string>> = {},
): string[] {
  const lines = [`${name}:`];
  for (const s of SEGMENTS) {
    lines.push(`  ${s}:`);
    for (const [key, v] of Object.entries(bySegment[s])) {
      lines.push(`    ${key}: ${value(v)}${comment(evidence, s, alias[key] ?? key)}`);
    }
  }
  return lines;
}

export function worldYaml(
  world: WorldParams,
  evidence: readonly Evidence[],
  extendsPath: string,
  header: readonly string[],
  behaviourFit: BehaviourFitRecord | null = null,
): string {
  const lines = [
    "# yaml-language-server: $schema=../schema/world.schema.json",
    ...header.map((h) => `# ${h}`),
    "kind: world",
    `extends: ${JSON.stringify(extendsPath)}`,
    `id: ${JSON.stringify(world.id)}`,
    `name: ${JSON.stringify(world.name)}`,
    `description: ${JSON.stringify(world.description)}`,
    "",
    ...block<SegmentSales>("sales", world.sales, evidence),
    "",
    ...block<SegmentCustomers>("customers", world.customers, evidence, {
      activationAtFit0: "activation (midpoint)",
      activationAtFit1: "activation (midpoint)",
    }),
    "",
    "surveys:",
    ...Object.entries(world.surveys).map(
      ([key, v]) =>
        `  ${key}: ${value(v)}${comment(evidence, "all", key === "scoreAtHealthy" || key === "scoreAtUnhealthy" ? "nps score mean" : key)}`,
    ),
    "",
    ...historyBlock(world),
    ...behaviourBlock(world, behaviourFit),
  ];
  return lines.join("\n");
}

const share = (x: number | null): string => (x === null ? "null" : String(round(x)));

/** The history's deal-timing profiles (reports overlay simulated curves on them). */
function historyBlock(world: WorldParams): string[] {
  const h = world.history;
  if (!h) return [];
  const list = (xs: readonly (number | null)[]) => `[${xs.map(share).join(", ")}]`;
  return [
    "# Deal timing observed in the history (read by reports only; it does not drive the simulation)",
    "history:",
    `  source: ${JSON.stringify(h.source)}`,
    `  periodWeeks: ${h.periodWeeks}`,
    `  volumeShareByMonthOfPeriod: ${list(h.volumeShareByMonthOfPeriod)}`,
    `  volumeShareByWeek: ${list(h.volumeShareByWeek)}`,
    `  lastDayShare: ${share(h.lastDayShare)}`,
    `  discountByWeek: ${list(h.discountByWeek)}`,
    `  volumeShareByFiscalMonth: ${list(h.volumeShareByFiscalMonth)}`,
    "",
  ];
}

/** The behaviour mix fitted to the history's timing (experiments without their own use it). */
function behaviourBlock(world: WorldParams, fit: BehaviourFitRecord | null): string[] {
  const b = world.behaviour;
  if (!b) return [];
  const lines = [
    "# Behaviour mix fitted to the history's deal timing (planbench calibrate). Experiments that",
    "# give no population.behaviour use it.",
    "behaviour:",
    ...b.map(
      (p) =>
        `  - {name: ${p.name}, share: ${round(p.share)}, gamingPropensity: ${p.gamingPropensity}, riskAversion: ${p.riskAversion}, incentiveResponse: ${p.incentiveResponse}}`,
    ),
    "",
  ];
  if (!fit) return lines;
  const list = (xs: readonly (number | null)[]) => `[${xs.map(share).join(", ")}]`;
  const s = fit.simulated;
  return [
    ...lines,
    "# How the mix was fitted and how well it reproduces the history (read by people; it does not",
    "# drive the simulation): KS distances of booked value over each profile's buckets, history vs",
    "# simulation at the fitted and at the default mix; the parameters the history cannot identify.",
    "behaviourFit:",
    `  plan: ${JSON.stringify(fit.plan)}`,
    `  trials: ${fit.trials}`,
    `  seed: ${JSON.stringify(fit.seed)}`,
    `  gamingShare: ${round(fit.gamingShare)}`,
    `  gamingPropensity: ${round(fit.gamingPropensity)}`,
    `  distance: ${round(fit.distance)}`,
    `  monthsOnly: {gamingShare: ${round(fit.monthsOnly.gamingShare)}, gamingPropensity: ${round(fit.monthsOnly.gamingPropensity)}}`,
    "  distances:",
    ...fit.distances.map(
      (d) =>
        `    - {profile: ${JSON.stringify(d.profile)}, kind: ${JSON.stringify(d.kind)}, fitted: ${share(d.fitted)}, defaultMix: ${share(d.defaultMix)}}`,
    ),
    "  simulated:",
    `    periodWeeks: ${s.periodWeeks}`,
    `    volumeShareByMonthOfPeriod: ${list(s.volumeShareByMonthOfPeriod)}`,
    `    volumeShareByWeek: ${list(s.volumeShareByWeek)}`,
    `    lastDayShare: ${share(s.lastDayShare)}`,
    `    discountByWeek: ${list(s.discountByWeek)}`,
    `    volumeShareByFiscalMonth: ${list(s.volumeShareByFiscalMonth)}`,
    "  unidentified:",
    ...fit.unidentified.map(
      (u) => `    - {parameter: ${JSON.stringify(u.parameter)}, why: ${JSON.stringify(u.why)}}`,
    ),
    "",
  ];
}
