/**
 * The default terminal output of `planbench pilot`: per outcome, the target effect, the shortest
 * duration that detects it at the chosen pilot size (or the power reached at the longest), the
 * MDE there, and where the pre-registration is.
 */
import type { PilotDesign } from "../../pilot/designPilot.js";
import { formatEffect } from "../../pilot/format.js";
import type { OutcomeDesign } from "../../pilot/powerGrid.js";
import { textTable } from "./textTable.js";

const pct = (p: number) => `${Math.round(p * 100)}%`;

function row(d: PilotDesign, o: OutcomeDesign): string[] {
  if (!o.available) return [o.label, "—", "not in this data", "—", "—"];
  const cells = o.cells.filter((c) => c.size === d.size).sort((a, b) => a.months - b.months);
  const months = o.recommendation?.months ?? null;
  const cell = cells.find((c) => c.months === months) ?? cells.at(-1);
  return [
    o.label,
    `${formatEffect(o.outcome, o.effect)} (${o.effectSource})`,
    months === null ? `none ≤ ${cells.at(-1)?.months ?? "—"} months` : `${months} months`,
    cell ? pct(cell.power) : "—",
    cell ? formatEffect(o.outcome, Math.abs(cell.mde), false) : "—",
  ];
}

export function pilotKeyFigures(d: PilotDesign, document: string): string {
  const units = d.unit === "team" ? "teams" : "reps";
  const lines = [
    `Pilot of ${d.plans.candidate.name} vs ${d.plans.control.name}: ${d.group.label}, ${d.size} pilot ${units} ` +
      `(${d.group.pilotReps.length} reps; ${d.group.restReps} stay on the control), history ${d.range.start} to ${d.range.end}`,
    "",
    textTable(
      ["outcome", "target effect", `duration for ${pct(d.targetPower)} power`, "power", "MDE"],
      d.outcomes.map((o) => row(d, o)),
      ["left", "right", "left", "right", "right"],
    ),
    "",
    `Primary outcome: ${d.outcomes.find((o) => o.outcome === d.primary)?.label ?? "none"}. Pre-registration: ${document}`,
    "",
  ];
  return lines.join("\n");
}
