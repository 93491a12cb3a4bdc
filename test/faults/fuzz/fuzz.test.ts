import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../helpers/cli.js";
import { STACK_FRAME, scratchDir } from "../helpers.js";
import { mutate, mutations } from "./mutate.js";

// Fuzzed plans, ledgers, experiments and mappings through the CLI: whatever the input, planbench
// answers with exit 0 or 1 (never a crash: exit 2 or 3, a stack trace, "internal error"), and
// what it computes is finite. Every property reports its case count; seeds are fixed so a
// failure replays (fast-check shrinks it to the smallest failing edit).

const scratch = scratchDir("faults-fuzz");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const counts: Record<string, number> = {};
afterAll(() => {
  console.log(
    `fuzz cases: ${Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
});

type Json = Parameters<typeof mutate>[0];
const load = (file: string) => parse(readFileSync(file, "utf8")) as Json;
let serial = 0;
const write = (name: string, text: string) => {
  serial++;
  const file = join(scratch, `${serial}-${name}`);
  writeFileSync(file, text);
  return file;
};

function expectClean(result: { code: number; stdout: string; stderr: string }, what: string): void {
  if (result.code === 0) counts["CLI calls that exited 0"] = (counts["CLI calls that exited 0"] ?? 0) + 1;
  expect([0, 1], `${what}: exit ${result.code}\n${result.stderr}`).toContain(result.code);
  expect(result.stderr, what).not.toMatch(STACK_FRAME);
  expect(result.stderr, what).not.toContain("internal error");
}

/** Every number in a JSON document is finite (NaN and ±∞ never reach an output). */
function expectFinite(json: unknown, what: string): void {
  const walk = (x: unknown): void => {
    if (typeof x === "number") expect(Number.isFinite(x), what).toBe(true);
    else if (x && typeof x === "object") for (const v of Object.values(x)) walk(v);
  };
  walk(json);
}

const FUZZ_TIMEOUT = 120_000;
const PLAN = "scenarios/plans/ae-outcome.yaml";
const LEDGER = "scenarios/ledgers/ae-sample.yaml";

describe("fuzzed inputs never crash planbench", () => {
  it(
    "plans (explain --json on the sample ledger)",
    async () => {
      const plans = ["ae-outcome.yaml", "ae-capped-ytd.yaml", "ae-multiyear-vesting.yaml"].map((f) =>
        load(join("scenarios/plans", f)),
      );
      await fc.assert(
        fc.asyncProperty(fc.nat(plans.length - 1), mutations, async (which, edits) => {
          counts.plans = (counts.plans ?? 0) + 1;
          const plan = write("plan.yaml", mutate(plans[which]!, edits));
          const result = await runCli([
            "explain",
            "--plan",
            plan,
            "--ledger",
            LEDGER,
            "--rep",
            "ae-ada",
            "--json",
          ]);
          expectClean(result, plan);
          if (result.code === 0) expectFinite(JSON.parse(result.stdout), plan);
        }),
        { numRuns: 150, seed: 15 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "ledgers (explain --json with the outcome plan)",
    async () => {
      const ledger = load(LEDGER);
      await fc.assert(
        fc.asyncProperty(mutations, async (edits) => {
          counts.ledgers = (counts.ledgers ?? 0) + 1;
          const file = write("ledger.yaml", mutate(ledger, edits));
          const result = await runCli([
            "explain",
            "--plan",
            PLAN,
            "--ledger",
            file,
            "--rep",
            "ae-ada",
            "--json",
          ]);
          expectClean(result, file);
          if (result.code === 0) expectFinite(JSON.parse(result.stdout), file);
        }),
        { numRuns: 150, seed: 15 },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "experiments (validate, then a 2-trial run of those that load)",
    async () => {
      const base = load("scenarios/experiments/quick.yaml") as Record<string, Json>;
      const here = resolve("scenarios/experiments");
      // plan and world references made absolute, so the mutated file can live anywhere
      const absolute = (p: Json) => (typeof p === "string" ? resolve(here, p) : p);
      const variants = (base.variants as Record<string, Json>[]).map((v) => ({
        ...v,
        plans: (v.plans as Json[]).map(absolute),
      }));
      const experiment: Json = { ...base, variants, scenarios: (base.scenarios as Json[]).map(absolute) };
      let ran = 0;
      await fc.assert(
        fc.asyncProperty(mutations, async (edits) => {
          counts.experiments = (counts.experiments ?? 0) + 1;
          const file = write("experiment.yaml", mutate(experiment, edits));
          const checked = await runCli(["validate", file]);
          expectClean(checked, file);
          if (checked.code !== 0 || ran >= 6) return;
          ran++;
          const out = join(scratch, `run-${serial}`);
          const args = [
            "run",
            file,
            "--trials",
            "2",
            "--workers",
            "0",
            "--quiet",
            "--no-report",
            "--out",
            out,
          ];
          const result = await runCli(args);
          expectClean(result, file);
          if (result.code === 0) {
            const markdown = readFileSync(join(out, "report.md"), "utf8");
            expect(markdown, file).not.toMatch(/\bNaN\b|Infinity|∞/);
          }
        }),
        { numRuns: 60, seed: 15 },
      );
      counts["experiment runs"] = ran;
    },
    FUZZ_TIMEOUT,
  );

  it(
    "mappings (import with quarantine)",
    async () => {
      const fixture = "test/data/fixtures/mini-crm.yaml";
      const mapping = load(fixture) as Record<string, Json>;
      const datasets = resolve(dirname(fixture), String(mapping.datasets));
      await fc.assert(
        fc.asyncProperty(mutations, async (edits) => {
          counts.mappings = (counts.mappings ?? 0) + 1;
          const file = write("mapping.yaml", mutate(mapping, edits));
          const out = join(scratch, `import-${serial}`);
          const result = await runCli([
            "import",
            "--mapping",
            file,
            "--datasets",
            datasets,
            "--on-bad-rows",
            "quarantine",
            "--out",
            out,
          ]);
          expectClean(result, file);
          if (result.code === 0)
            expect(readFileSync(join(out, "opportunities.csv"), "utf8"), file).not.toMatch(
              /\bNaN\b|Infinity/,
            );
        }),
        { numRuns: 120, seed: 15 },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("fuzzed CSV files never crash the loader", () => {
  const FIELD = fc.oneof(
    fc.constantFrom(
      "",
      '"',
      '""',
      '"a,b"',
      '"x\ny"',
      "\r",
      "=cmd()",
      "-5",
      "1e308",
      "NaN",
      "2023-02-30",
      "\u001b[2J",
    ),
    fc.string({ maxLength: 8 }),
    fc.stringMatching(/^[0-9.,-]{0,8}$/),
  );
  it(
    "random rows in opportunities.csv (quarantine and fail policies)",
    async () => {
      const { mkdirSync } = await import("node:fs");
      const { loadDataset } = await import("../../../sim/data/load.js");
      const { InputError } = await import("../../../sim/errors.js");
      const header = readFileSync("data/sample/opportunities.csv", "utf8").split("\n").slice(0, 3);
      // the sample's first reps and accounts (those the two sample rows name): loads stay fast
      const head = (t: string) =>
        `${readFileSync(`data/sample/${t}.csv`, "utf8").split("\n").slice(0, 40).join("\n")}\n`;
      const small = { reps: head("reps"), accounts: head("accounts") };
      fc.assert(
        fc.property(
          fc.array(fc.array(FIELD, { minLength: 0, maxLength: 13 }), { maxLength: 12 }),
          fc.constantFrom("\n", "\r\n"),
          fc.boolean(),
          (rows, eol, bom) => {
            counts.csv = (counts.csv ?? 0) + 1;
            const dir = join(scratch, `csv-${counts.csv}`);
            mkdirSync(dir, { recursive: true });
            for (const [t, text] of Object.entries(small)) writeFileSync(join(dir, `${t}.csv`), text);
            const text = [...header, ...rows.map((r) => r.join(","))].join(eol);
            writeFileSync(join(dir, "opportunities.csv"), `${bom ? "\ufeff" : ""}${text}${eol}`);
            for (const onBadRows of ["quarantine", "fail"] as const) {
              try {
                const loaded = loadDataset(dir, { onBadRows });
                for (const row of loaded.tables.opportunities)
                  for (const v of Object.values(row))
                    if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
              } catch (error) {
                expect(error).toBeInstanceOf(InputError);
              }
            }
          },
        ),
        { numRuns: 150, seed: 15 },
      );
    },
    FUZZ_TIMEOUT,
  );
});
