import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { QUICK } from "../engine/runHelpers.js";
import { CLI, runNode, STACK_FRAME, scratchDir } from "./helpers.js";

// SIGTERM stops a run like Ctrl-C: exit 130, finished blocks checkpointed, a quoted resume hint
// with paths relative to the working directory; the next run continues them.

const scratch = scratchDir("faults-signals");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("SIGTERM", () => {
  it("stops planbench run cleanly with exit 130 and the resume command", async () => {
    const out = join(scratch, "my run");
    const args = ["run", QUICK, "--trials", "40", "--block-size", "1", "--workers", "1", "--seed", "a b"];
    const checkpoint = join(out, ".checkpoint");
    const stopped = await runNode([CLI, ...args, "--quiet", "--no-report", "--out", out], {
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (existsSync(checkpoint) && readdirSync(checkpoint).some((f) => f.startsWith("block-"))) {
            clearInterval(poll);
            child.kill("SIGTERM");
          }
        }, 20);
        child.on("exit", () => clearInterval(poll));
      },
    });
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).not.toMatch(STACK_FRAME);
    const rel = relative(process.cwd(), out);
    expect(stopped.stderr).toContain(
      `resume with: planbench run ${QUICK} --trials 40 --seed 'a b' --block-size 1 --out '${rel}' --resume`,
    );
    expect(existsSync(join(out, "summary.json"))).toBe(false);
    expect(existsSync(join(out, ".planbench.lock"))).toBe(false);
  }, 120_000);
});
