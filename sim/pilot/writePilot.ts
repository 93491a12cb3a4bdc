/**
 * Writes a pilot design's outputs to a directory as one output set (sim/io/outputSet.ts), the
 * folder locked while it is written:
 * pilot.json (machine-readable: the design, baseline card, variance estimates, every grid cell,
 * recommendations; NaN as null), preregistration.md and preregistration.html. `pilotSummary`
 * is the shorter Markdown printed on stdout.
 */

import { withFolderLockSync } from "../io/lock.js";
import { OutputStage } from "../io/outputSet.js";
import type { PilotSummary } from "../metrics/summary/pilotSummary.js";
import { SUMMARY_SCHEMA_VERSION } from "../metrics/summary/version.js";
import type { PilotDesign } from "./designPilot.js";
import { renderHtml, renderMarkdown } from "./document.js";
import { preregistration } from "./preregistration.js";

export const DEFAULT_PILOT_OUT = "out/pilot";

/** pilot.json's contents (contract: sim/metrics/summary/pilotSummary.ts). */
export function pilotSummaryJson(design: PilotDesign, command: string): PilotSummary {
  return { schemaVersion: SUMMARY_SCHEMA_VERSION, kind: "planbench.pilot", command, ...design };
}

export function pilotJson(design: PilotDesign, command: string): string {
  return `${JSON.stringify(pilotSummaryJson(design, command), null, 2)}\n`;
}

export function pilotSummary(design: PilotDesign, command: string): string {
  const doc = preregistration(design, command);
  const keep = (heading: string) =>
    heading === "Design" ||
    heading === "Recommendation" ||
    heading.startsWith("Simulated behavioural") ||
    heading.startsWith("Power and minimum");
  return renderMarkdown({ ...doc, sections: doc.sections.filter((s) => keep(s.heading)) });
}

export function writePilot(design: PilotDesign, outDir: string, command: string): string[] {
  const doc = preregistration(design, command);
  const files: [string, string][] = [
    ["pilot.json", pilotJson(design, command)],
    ["preregistration.md", renderMarkdown(doc)],
    ["preregistration.html", renderHtml(doc)],
  ];
  return withFolderLockSync(outDir, command, () => {
    const stage = OutputStage.begin(outDir);
    try {
      for (const [name, text] of files) stage.write(name, text);
      return stage.commit({ kind: "pilot", mode: "replace" });
    } finally {
      stage.discard();
    }
  });
}
