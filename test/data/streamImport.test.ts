import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTableArrow } from "../../sim/data/arrow.js";
import { importDataset } from "../../sim/data/importDataset.js";
import { importDirectoryStreaming } from "../../sim/data/stream/importDirectory.js";
import { KeyIndex } from "../../sim/data/stream/keyIndex.js";
import { TABLE_NAMES } from "../../sim/data/tables.js";
import { InputError } from "../../sim/errors.js";
import { tempDir } from "./tmp.js";

// The streaming directory importer (import --dir) against the whole-table loader as the
// oracle: the same canonical tables byte for byte, the same summary, quarantine rows and
// problem count.

const scratch = tempDir("stream-import");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BAD = join("test", "data", "fixtures", "bad-canonical");

const sortedLines = (path: string) => readFileSync(path, "utf8").trimEnd().split("\n").sort();

describe("streaming import of a canonical directory", () => {
  it("writes the sample's tables exactly as the whole-table importer (CSV and Arrow)", async () => {
    const whole = join(scratch, "whole");
    const streamed = join(scratch, "streamed");
    const a = importDataset("data/sample", { out: whole, format: "both" });
    const b = await importDirectoryStreaming("data/sample", {
      out: streamed,
      format: "both",
      onBadRows: "fail",
    });
    expect(b.summary).toEqual(a.loaded.summary);
    for (const t of TABLE_NAMES) {
      expect(readFileSync(join(streamed, `${t}.csv`)).equals(readFileSync(join(whole, `${t}.csv`))), t).toBe(
        true,
      );
      expect(readTableArrow(t, join(streamed, `${t}.arrow`)).rows).toEqual(
        readTableArrow(t, join(whole, `${t}.arrow`)).rows,
      );
    }
  }, 120_000);

  it("quarantines the same rows with the same reasons, and fails with the same problem count", async () => {
    const whole = join(scratch, "bad-whole");
    const streamed = join(scratch, "bad-streamed");
    const a = importDataset(BAD, { out: whole, onBadRows: "quarantine" });
    const b = await importDirectoryStreaming(BAD, { out: streamed, format: "csv", onBadRows: "quarantine" });
    expect(b.summary).toEqual(a.loaded.summary);
    expect(b.quarantined).toBe(a.loaded.rejected.length);
    const files = readdirSync(join(whole, "quarantine")).sort();
    expect(readdirSync(join(streamed, "quarantine")).sort()).toEqual(files);
    for (const f of files)
      expect(sortedLines(join(streamed, "quarantine", f))).toEqual(sortedLines(join(whole, "quarantine", f)));
    const count = (e: unknown) => (e as InputError).problems.length;
    const wholeError = (() => {
      try {
        importDataset(BAD, { out: join(scratch, "f1") });
      } catch (e) {
        return e;
      }
    })();
    const streamError = await importDirectoryStreaming(BAD, {
      out: join(scratch, "f2"),
      format: "csv",
      onBadRows: "fail",
    }).catch((e) => e);
    expect(streamError).toBeInstanceOf(InputError);
    expect(count(streamError)).toBe(count(wholeError));
  });

  it("KeyIndex keeps every key apart (collisions compared byte for byte)", () => {
    const index = new KeyIndex();
    const keys = Array.from({ length: 50_000 }, (_, i) => `k-${i % 25_000}-é${i < 25_000 ? "" : "x"}`);
    keys.forEach((k, i) => {
      expect(index.add(k, i)).toBe(true);
    });
    expect(index.size).toBe(50_000);
    keys.forEach((k, i) => {
      expect(index.get(k)).toBe(i);
      expect(index.add(k, -1)).toBe(false);
    });
    expect(index.get("absent")).toBeUndefined();
  });
});
