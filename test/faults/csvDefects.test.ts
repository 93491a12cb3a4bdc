import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCsvText } from "../../sim/data/csv.js";
import { loadDataset } from "../../sim/data/load.js";
import { readCsvRecords } from "../../sim/data/stream/readRecords.js";
import { writeQuarantine } from "../../sim/data/write.js";
import { InputError } from "../../sim/errors.js";
import { scratchDir } from "./helpers.js";

// Issue 15 item 9: an unclosed quote is reported where it opens; quarantine keeps every field
// of an over-long row.

const scratch = scratchDir("faults-csv");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("CSV defects", () => {
  it("an unclosed quote is reported at the line where it opens, not at the end of the file", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},x`);
    rows.splice(3, 0, '"unclosed,4');
    const text = `a,b\n${rows.join("\n")}\n`;
    let message = "";
    try {
      parseCsvText(text, "big.csv");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      message = error.message;
    }
    expect(message).toBe(
      'big.csv:5: malformed CSV: a quoted field opens here and is never closed (close the quote, or double a quote inside a quoted field (""))',
    );
    // a closed quoted field spanning lines and doubled quotes do not confuse the search
    expect(() => parseCsvText('a,b\n"x\ny",1\n"he said ""hi""",2\n3,"open\n', "f.csv")).toThrow(/f\.csv:5:/);
  });

  it("the streaming reader reports an unclosed quote where it opens too", () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},x`);
    rows.splice(3, 0, '"unclosed,4');
    const file = join(scratch, "big.csv");
    writeFileSync(file, `a,b\n${rows.join("\n")}\n`);
    expect(() => readCsvRecords(file, "big.csv", () => true)).toThrow(
      "big.csv:5: malformed CSV: a quoted field opens here and is never closed",
    );
  });

  it("the streaming reader checks UTF-8 across its 1 MB chunks: a split character is fine, a bad byte names its line", () => {
    const line = `${"x".repeat(99)}\n`; // 100 bytes a line
    const lines = Math.floor((1 << 20) / 100); // the first chunk ends inside line lines + 1
    const head = line.repeat(lines);
    const cut = (1 << 20) - head.length - 1; // "é" (2 bytes) straddles the chunk boundary
    const good = join(scratch, "split.csv");
    writeFileSync(good, `${head}${"y".repeat(cut)}é\n${line}`);
    let count = 0;
    readCsvRecords(good, "split.csv", (r) => {
      count++;
      if (r.line === lines + 1) expect(r.fields[0]).toBe(`${"y".repeat(cut)}é`);
      return true;
    });
    expect(count).toBe(lines + 2);
    const bad = join(scratch, "latin1.csv");
    writeFileSync(bad, Buffer.concat([Buffer.from(head + line.repeat(20)), Buffer.from([0x63, 0xe9, 0x0a])]));
    expect(() => readCsvRecords(bad, "latin1.csv", () => true)).toThrow(
      new RegExp(`latin1\\.csv:${lines + 21}: invalid UTF-8 at byte ${(lines + 20) * 100 + 1} \\(0xe9\\)`),
    );
  });

  it("the streaming reader does not mistake a character cut by its first 4 bytes for a byte-order mark problem", () => {
    const file = join(scratch, "accent.csv");
    writeFileSync(file, "abcé,x\n1,2\n");
    const records: string[][] = [];
    readCsvRecords(file, "accent.csv", (r) => {
      records.push(r.fields);
      return true;
    });
    expect(records).toEqual([
      ["abcé", "x"],
      ["1", "2"],
    ]);
  });

  it("quarantine keeps the extra fields of an over-long row", () => {
    const dir = join(scratch, "data");
    mkdirSync(dir, { recursive: true });
    const reps = readFileSync("data/sample/reps.csv", "utf8").trimEnd().split("\n");
    reps[2] = `${reps[2]},surplus one,surplus two`;
    writeFileSync(join(dir, "reps.csv"), `${reps.join("\n")}\n`);
    copyFileSync("data/sample/accounts.csv", join(dir, "accounts.csv"));
    const loaded = loadDataset(dir, { onBadRows: "quarantine" });
    const [file] = writeQuarantine(join(scratch, "out"), loaded);
    const lines = readFileSync(file!, "utf8").trimEnd().split("\n");
    expect(lines[0]).toMatch(/,manager_id,extra_1,extra_2$/);
    expect(lines[1]).toMatch(/^.*reps\.csv,3,.*,surplus one,surplus two$/);
  });
});
