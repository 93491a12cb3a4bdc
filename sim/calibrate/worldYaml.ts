/**
 * Writes a calibrated world as a world file (`kind: world`) that `extends` the base world and
 * overrides what history identified, each value commented with its evidence (n, method) so a
 * reviewer sees what is fitted and what is the base world's default.
 */
import { SEGMENTS, type Segment } from "../core/vocabulary.js";
import type { SegmentCustomers, SegmentSales, WorldParams } from "../core/world.js";
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
  ];
  return lines.join("\n");
}
