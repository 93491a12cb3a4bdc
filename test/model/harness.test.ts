/**
 * The model-validity harness runs what the engine runs: for the same experiment and request,
 * runCell's metrics, rep pay and monthly cost are bit-identical to simulateTrial's (oracle:
 * sim/trial/simulateTrial.ts), so findings measured through the harness hold for `planbench run`.
 */
import { describe, expect, it } from "vitest";
import { simulateTrial } from "../../sim/trial/simulateTrial.js";
import type { PopulationMode } from "../../sim/trial/trialContract.js";
import {
  CONFIGURED,
  DEFAULT_MIX,
  examplePlan,
  fixturePlan,
  HONEST,
  modelExperiment,
  runCell,
} from "./harness.js";

function bytes(x: Float64Array): number[] {
  return [...new Uint8Array(x.buffer, x.byteOffset, x.byteLength)];
}

describe("model harness = simulateTrial", () => {
  const exp = modelExperiment(
    [[examplePlan("ae-activity-era"), examplePlan("csm-renewal")], [fixturePlan("ae-tempting")]],
    {
      headcount: [
        { role: "AE", segment: "SMB", count: 2 },
        { role: "AE", segment: "ENT", count: 1 },
        { role: "CSM", segment: "SMB", count: 1 },
      ],
      behaviour: DEFAULT_MIX,
      horizonMonths: 6,
      tailMonths: 3,
    },
  );
  const modes: PopulationMode[] = [CONFIGURED, HONEST, { kind: "lever", lever: "timing" }];
  for (const variant of [0, 1])
    for (const mode of modes)
      it(`variant ${variant}, ${mode.kind === "lever" ? `lever ${mode.lever}` : mode.kind}`, () => {
        const c = runCell(exp, variant, mode, 2);
        const o = simulateTrial(exp, { trial: 2, scenario: 0, variant, population: mode });
        expect(bytes(c.metrics)).toEqual(bytes(o.metrics));
        expect(bytes(c.pay.repPay)).toEqual(bytes(o.repPay));
        expect(bytes(c.pay.monthlyCost)).toEqual(bytes(o.monthlyCost));
      });
});
