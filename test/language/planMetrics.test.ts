/** The plan language's `metrics:` section and inline filters (`metric: newArr where …`). */
import { describe, expect, it } from "vitest";
import { MINIMAL, planOf, problemsOf } from "./helpers.js";

const WITH_METRICS = `role: AE
payMix: {ote: 200k, mix: 50/50}
metrics:
  proArr:
    from: newArr
    where: {product: [GTX Pro, MG Advanced], dealType: newLogo}
    weights: {by: product, values: {GTX Pro: 150%}}
quotas:
  newArr: 1M
  proArr: 250k
components:
  - id: c
    kind: commission
    metric: proArr
    rate: 5%
  - id: inline
    kind: commission
    metric: newArr where product in [GTX Pro, 'MG Advanced'] and region = east
    rate: 1%
`;

describe("plan metrics", () => {
  it("normalises the metrics section and inline filters into plan metrics", () => {
    const p = planOf(WITH_METRICS);
    expect(p.metrics).toEqual([
      {
        id: "proArr",
        from: "newArr",
        where: [
          { attribute: "product", values: ["GTX Pro", "MG Advanced"] },
          { attribute: "dealType", values: ["newLogo"] },
        ],
        weights: { attribute: "product", values: { "GTX Pro": 1.5 }, otherwise: 1 },
      },
      {
        id: "newArr where product in [GTX Pro, MG Advanced] and region in [east]",
        from: "newArr",
        where: [
          { attribute: "product", values: ["GTX Pro", "MG Advanced"] },
          { attribute: "region", values: ["east"] },
        ],
        weights: null,
      },
    ]);
    expect(p.components[1]).toMatchObject({
      metric: "newArr where product in [GTX Pro, MG Advanced] and region in [east]",
    });
    expect(p.quotas.map((q) => q.metric)).toEqual(["newArr", "proArr"]);
    expect(planOf(MINIMAL).metrics).toBeUndefined(); // plans without metrics are unchanged
  });

  it("reports bad filters where they are written", () => {
    const bad = WITH_METRICS.replace("from: newArr", "from: newARR")
      .replace("dealType: newLogo", "dealType: upsell")
      .replace("product in [GTX Pro, 'MG Advanced'] and region = east", "colour in [red]");
    expect(problemsOf(bad)).toEqual([
      "6:56: metrics.proArr.where.dealType: expected a deal type (newLogo, expansion, renewal, crossSell) or a list of them, got 'upsell'",
    ]);
    const bad2 = WITH_METRICS.replace("from: newArr", "from: grr").replace(
      "product in [GTX Pro, 'MG Advanced'] and region = east",
      "colour in [red]",
    );
    expect(problemsOf(bad2)).toEqual([
      "5:11: metrics.proArr.from: unknown credited metric 'grr'",
      "18:13: components.1.metric: unknown attribute 'colour' (attributes: product, dealType, region, segment, territory, tags) (e.g. metric: newArr where product in [GTX Pro, MG Advanced])",
    ]);
  });

  it("a plan metric may not take a built-in metric's name", () => {
    const clash = WITH_METRICS.replace("  proArr:\n    from", "  newArr:\n    from")
      .replace("metric: proArr", "metric: newArr")
      .replace("  proArr: 250k\n", "");
    expect(problemsOf(clash)).toEqual([
      "4:3: metrics.newArr: 'newArr' is a built-in metric: give the plan's metric another name (e.g. proArr)",
    ]);
  });
});
