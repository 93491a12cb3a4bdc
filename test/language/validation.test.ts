import { describe, expect, it } from "vitest";
import { MINIMAL, problemsOf, withCommission } from "./helpers.js";

// Oracle: each case is written so the offending node's line and column can be counted by hand in
// the text (lines are 1-based; MINIMAL has `components:` on line 5 and `- id: c` on line 6).

const tiers = (lines: string) => withCommission(`    tierRule: marginal\n    tiers:\n${lines}`);

describe("tier tables", () => {
  it("must start at 0", () => {
    expect(problemsOf(tiers("      - {from: 10%, upTo: 100%, rate: 10%}\n      - {rate: 15%}\n"))).toEqual([
      "12:9: components.0.tiers.0: the first tier must start at 0, got 0.1",
    ]);
  });
  it("must not leave gaps", () => {
    expect(problemsOf(tiers("      - {upTo: 100%, rate: 10%}\n      - {from: 110%, rate: 15%}\n"))).toEqual([
      "13:9: components.0.tiers.1: tier leaves a gap after the previous one: it starts at 1.1, the previous ends at 1",
    ]);
  });
  it("must not overlap", () => {
    expect(problemsOf(tiers("      - {upTo: 100%, rate: 10%}\n      - {from: 90%, rate: 15%}\n"))).toEqual([
      "13:9: components.0.tiers.1: tier overlaps the previous one: it starts at 0.9, the previous ends at 1",
    ]);
  });
  it("must ascend", () => {
    const text = tiers(
      "      - {upTo: 100%, rate: 10%}\n      - {upTo: 80%, rate: 12%}\n      - {rate: 15%}\n",
    );
    expect(problemsOf(text)).toContain(
      "13:9: components.0.tiers.1: tiers must ascend: upTo 0.8 is not above the tier's start 1",
    );
  });
  it("the last tier must be open, and only the last", () => {
    expect(problemsOf(tiers("      - {upTo: 100%, rate: 10%}\n      - {upTo: 200%, rate: 15%}\n"))).toEqual([
      "13:9: components.0.tiers.1: the last tier must be open: remove its upTo",
    ]);
    expect(problemsOf(tiers("      - {rate: 10%}\n      - {rate: 15%}\n"))).toContain(
      "12:9: components.0.tiers.0: only the last tier may be open: give this tier an upTo",
    );
  });
  it("tierRule is required with more than one tier", () => {
    const text = withCommission("    tiers:\n      - {upTo: 100%, rate: 10%}\n      - {rate: 15%}\n");
    expect(problemsOf(text)).toEqual([
      "6:5: components.0.tierRule: tierRule is required when there is more than one tier " +
        "(add tierRule: marginal (each slice at its own rate) or tierRule: retroactive (reached rate on everything))",
    ]);
  });
  it("a tier needs exactly one of rate and multiplier", () => {
    expect(problemsOf(tiers("      - {upTo: 1, rate: 10%, multiplier: 2}\n      - {}\n"))).toEqual([
      "12:9: components.0.tiers.0: give rate or multiplier, not both",
      "13:9: components.0.tiers.1: a tier needs a rate or a multiplier (add e.g. rate: 10% or multiplier: 1.5)",
    ]);
  });
  it("rates are non-negative", () => {
    expect(problemsOf(withCommission("    rate: -5%\n"))).toEqual([
      "10:11: components.0.rate: expected a number ≥ 0 or a percent like '10%', got '-5%'",
    ]);
  });
  it("rate: auto needs a weight and a quota", () => {
    const text = MINIMAL.replace("    weight: 100%\n", "").replace("quotas:\n  newArr: 1M\n", "");
    expect(problemsOf(text)).toEqual([
      "7:11: components.0.rate: rate: auto needs the component's weight (share of target variable) (add e.g. weight: 100%)",
    ]);
    expect(problemsOf(MINIMAL.replace("quotas:\n  newArr: 1M\n", ""))).toEqual([
      "8:11: components.0.rate: rate: auto needs a positive annual quota on '<metric>' (add quotas: {<metric>: …})",
    ]);
  });
});

describe("misspelled and unknown keys", () => {
  it("reports each with its line and the nearest valid key", () => {
    const text = withCommission(
      "    rate: 10%\n    tierrule: marginal\n    acelerator:\n      - {above: 100%, multiplier: 2}\n",
    );
    expect(problemsOf(text)).toEqual([
      "11:5: components.0.tierrule: unknown key 'tierrule' (did you mean 'tierRule'?)",
      "12:5: components.0.acelerator: unknown key 'acelerator' (did you mean 'accelerators'?)",
    ]);
  });
  it("lists the valid keys when nothing is close", () => {
    expect(problemsOf(MINIMAL.replace("mix: 50/50}", "mix: 50/50, zzz: 1}"))).toEqual([
      "2:33: payMix.zzz: unknown key 'zzz' (valid keys: ote, mix, baseSalary, targetVariable)",
    ]);
  });
  it("an unknown component kind names the kinds", () => {
    expect(problemsOf(withCommission("    rate: 10%\n  - id: x\n    kind: comission\n"))).toEqual([
      "12:11: components.1.kind: expected one of commission, bonus, milestone, spiff, pool, got 'comission'",
    ]);
  });
  it("a missing key is reported at its mapping", () => {
    expect(problemsOf(MINIMAL.replace("    metric: newArr\n", ""))).toEqual([
      "6:5: components.0.metric: missing key 'metric': expected text",
    ]);
  });
});

describe("bands, curves, weights, shares", () => {
  it("bands must be contiguous", () => {
    const text = `${MINIMAL}modifiers:\n  - id: n\n    metric: nps\n    bands:\n      - {upTo: 0, multiplier: 0.9}\n      - {from: 10, upTo: 50, multiplier: 1}\n      - {multiplier: 1.1}\n`;
    expect(problemsOf(text)).toEqual([
      "16:9: modifiers.0.bands.1: bands must be contiguous: this band starts at 10, the previous ends at 0",
    ]);
  });
  it("curve x must be strictly increasing", () => {
    const text =
      "role: CSM\npayMix: {ote: 100k, mix: 80/20}\ncomponents:\n  - id: b\n    kind: bonus\n    metric: grr\n" +
      "    measure: value\n    weight: 100%\n    curve: [[90%, 0], [90%, 1]]\n";
    expect(problemsOf(text)).toEqual([
      "9:23: components.0.curve.1: curve x must be strictly increasing: 0.9 follows 0.9",
    ]);
  });
  it("weights must sum to 100%", () => {
    const text = `${MINIMAL.replace("weight: 100%", "weight: 60%")}  - {id: d, kind: commission, metric: expansionArr, rate: 8%, weight: 30%}\n`;
    expect(problemsOf(text)).toEqual([
      "6:3: components: component weights must sum to 100%, got 90% (c 60% + d 30%)",
    ]);
  });
  it("weights within ±0.01% pass", () => {
    const text = `${MINIMAL.replace("weight: 100%", "weight: 66.67%")}  - {id: d, kind: commission, metric: expansionArr, rate: 8%, weight: 33.33%}\n`;
    expect(problemsOf(text)).toEqual([]);
  });
  it("shares at most 100%; vesting sums to 100%; pool shares sum ≤ 100% and include the role", () => {
    const text = withCommission(
      "    rate: 10%\n    holdback: {share: 150%, release: collection}\n    vesting:\n" +
        "      schedule: [{afterMonths: 0, share: 50%}, {afterMonths: 12, share: 40%}]\n" +
        "  - {id: p, kind: pool, metric: expansionArr, fundingRate: 8%, shares: {CSM: 70%, AM: 40%}}\n",
    );
    expect(problemsOf(text)).toEqual([
      "11:23: components.0.holdback.share: share must be at most 100%, got 150%",
      "13:17: components.0.vesting.schedule: vesting shares must sum to 100%, got 90%",
      "14:72: components.1.shares: pool shares must sum to ≤ 100%, got 110%",
      "14:72: components.1.shares: the pool gives no share to this plan's role AE",
    ]);
  });
});

describe("gates and caps", () => {
  it("gate bounds and caps must be coherent", () => {
    const text = withCommission(
      "    rate: 10%\n    gates:\n      - {metric: grr, min: 90%, max: 80%}\n      - {metric: nps}\n" +
        "    cap: {perPeriod: 0, perYear: 10k, multipleOfTarget: 2}\n",
    );
    expect(problemsOf(text)).toEqual([
      "12:28: components.0.gates.0.min: gate min 0.9 is above max 0.8",
      "13:9: components.0.gates.1: a gate needs min or max (add e.g. min: 85%)",
      "14:22: components.0.cap.perPeriod: a cap must be > 0, got 0",
      "14:57: components.0.cap.multipleOfTarget: give perYear or multipleOfTarget, not both",
    ]);
  });
  it("an attainment gate needs a quota", () => {
    const text = withCommission("    rate: 10%\n    gates: [{metric: 'attainment:tcv', min: 50%}]\n");
    expect(problemsOf(text)).toEqual([
      "11:22: components.0.gates.0.metric: the gate reads attainment, but 'tcv' has no quota (add quotas: {tcv: …})",
    ]);
  });
});

describe("references", () => {
  it("metrics exist and are of the right kind; ids unique; appliesTo names components", () => {
    const text =
      `${MINIMAL}  - {id: c, kind: commission, metric: newARR, rate: 5%}\n` +
      "  - {id: g, kind: commission, metric: grr, rate: 5%}\n" +
      "  - {id: q, kind: commission, metric: expansionArr, quotaMetric: renewalArr, rate: 5%}\n" +
      "modifiers:\n  - {id: m, metric: csat, bands: [{multiplier: 1}], appliesTo: [cc]}\n";
    expect(problemsOf(text)).toEqual([
      "11:10: components.1.id: duplicate component id 'c' (also components.0)",
      "11:39: components.1.metric: unknown credited metric 'newARR' (did you mean 'newArr'?)",
      "12:39: components.2.metric: 'grr' is a measured metric; expected a credited metric " +
        "(newArr, expansionArr, renewalArr, contractionArr, churnedArr, tcv, netNewArr, newLogos)",
      "13:66: components.3.quotaMetric: quotaMetric measures attainment, but 'renewalArr' has no quota (add quotas: {renewalArr: …})",
      "15:65: modifiers.0.appliesTo.0: no component with id 'cc' (did you mean 'c'?)",
    ]);
  });
  it("a quota on an unknown metric is reported at its key", () => {
    expect(problemsOf(MINIMAL.replace("  newArr: 1M\n", "  newArr: 1M\n  newArrr: 2M\n"))).toEqual([
      "5:3: quotas.newArrr: unknown credited metric 'newArrr' (did you mean 'newArr'?)",
    ]);
  });
  it("SPIFF conditions must parse and read known fields", () => {
    const text =
      `${MINIMAL}  - {id: s, kind: spiff, event: booking, condition: "termMonths >= ", amount: 100}\n` +
      '  - {id: t, kind: spiff, event: booking, condition: "termMonth >= 24", amount: 100}\n';
    expect(problemsOf(text)).toEqual([
      "11:53: components.1.condition: condition does not parse at character 15: Expected expression after >=",
      "12:53: components.2.condition: condition reads unknown field 'termMonth' (did you mean 'termMonths'?)",
    ]);
  });
  it("a bonus on a measured metric's attainment needs a target", () => {
    const text =
      "role: CSM\npayMix: {ote: 100k, mix: 80/20}\ncomponents:\n  - {id: b, kind: bonus, metric: nps, weight: 1, curve: [[0, 0], [1, 1]]}\n";
    expect(problemsOf(text)).toEqual([
      "4:5: components.0.target: a bonus on attainment of 'nps' needs a non-zero target",
    ]);
  });
});

describe("pay mix and quotas", () => {
  it("incomplete pay mix and mixes not adding to 100", () => {
    expect(problemsOf(MINIMAL.replace("{ote: 200k, mix: 50/50}", "{ote: 200k}"))).toEqual([
      "2:9: payMix: pay mix is incomplete: give {ote, mix} or {baseSalary, targetVariable} (e.g. payMix: {ote: 200000, mix: '50/50'})",
    ]);
    expect(problemsOf(MINIMAL.replace("mix: 50/50", "mix: 60/50"))).toEqual([
      "2:26: payMix.mix: pay mix parts must add up to 100, got 60 + 50",
    ]);
  });
  it("a quota split needs one weight per period, summing to 100%", () => {
    const split = (s: string) => MINIMAL.replace("  newArr: 1M\n", `  newArr: {annual: 1M, split: ${s}}\n`);
    expect(problemsOf(split("[50%, 50%]"))).toEqual([
      "4:31: quotas.newArr.split: split needs 4 weights (one per quarter of the fiscal year), got 2",
    ]);
    expect(problemsOf(split("[20%, 20%, 20%, 20%]"))).toEqual([
      "4:31: quotas.newArr.split: split weights must sum to 100%, got 80%",
    ]);
  });
});

describe("wrong types at every level", () => {
  it("says what was expected and what was found", () => {
    const text =
      "role: 5\npayMix: []\ncalendar: {period: 3, fiscalYearStartMonth: 13}\nquotas: [1]\n" +
      "components: {a: 1}\nmodifiers: 7\ncaps: 'big'\nbudget: [1]\n";
    expect(problemsOf(text)).toEqual([
      "1:7: role: expected one of 'AE', 'AM', 'CSM', 'SDR', got 5",
      "2:9: payMix: expected a pay mix: {ote, mix} or {baseSalary, targetVariable}, got a list",
      "3:20: calendar.period: expected one of 'month', 'quarter', 'half', 'year', got 3",
      "3:45: calendar.fiscalYearStartMonth: expected a month 1–12 or a month name like 'feb', got 13",
      "4:9: quotas: expected a mapping of credited metric → quota, got a list",
      "5:13: components: expected a list of components, got a mapping",
      "6:12: modifiers: expected a list of modifiers, got 7",
      "7:7: caps: expected a caps mapping (perPeriod, perYear, multipleOfTarget), got 'big'",
      "8:9: budget: expected an amount or a mapping {amount}, got a list",
    ]);
  });
  it("money and percent spelled in words", () => {
    expect(problemsOf(MINIMAL.replace("newArr: 1M", "newArr: ten").replace("100%", "'all'"))).toEqual([
      "4:11: quotas.newArr: expected an amount ≥ 0 like 120000, 120_000 or 120k, got 'ten'",
      "9:13: components.0.weight: expected a number ≥ 0 or a percent like '10%', got 'all'",
    ]);
  });
});

describe("ignored input is an error", () => {
  it("a target on a bonus measured by value", () => {
    const text =
      "role: CSM\npayMix: {ote: 100k, mix: 80/20}\ncomponents:\n" +
      "  - {id: b, kind: bonus, metric: grr, measure: value, target: 90%, weight: 1, curve: [[0, 0], [1, 1]]}\n";
    expect(problemsOf(text)).toEqual([
      "4:63: components.0.target: target is only used with measure: attainment (remove target or set measure)",
    ]);
  });
});
