import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvText, type RawRecord, splitUnquoted } from "../../sim/data/csv.js";
import { readCsvRecords } from "../../sim/data/stream/readRecords.js";
import { tempDir } from "./tmp.js";

// Oracle: csv-parse itself. A text with one double quote anywhere goes through csv-parse, so
// adding a quoted header cell gives the library's reading of the same rows.
const viaLibrary = (text: string) => parseCsvText(text.replace(/^a,/, '"a",'), "x.csv");

describe("the quote-free fast path reads exactly what csv-parse reads", () => {
  const cases = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "a,b,c\r\n1,2,3\r\n4,,6",
    "\uFEFFa,b,c\n1,2,3\n\n\n4,5,6\n\n",
    "a,b,c\n1,2\n1,2,3,4\n-5,=1+1,@x\n",
  ];
  const dir = tempDir("csv-parse");
  const streamed = (text: string, name: string): RawRecord[] => {
    const path = join(dir, name);
    writeFileSync(path, text);
    const records: RawRecord[] = [];
    readCsvRecords(path, name, (r) => {
      records.push(r);
      return true;
    });
    return records;
  };
  cases.forEach((text, n) => {
    it(`streamed as read whole, quote-free and through csv-parse: ${JSON.stringify(text)}`, () => {
      const whole = splitUnquoted(text);
      expect(streamed(text, `plain-${n}.csv`)).toEqual(whole);
      const quoted = text.replace(/^(\uFEFF)?a,/, '$1"a",');
      expect(streamed(quoted, `quoted-${n}.csv`)).toEqual(whole); // "a" read as a
    });
  });
  for (const text of cases) {
    it(JSON.stringify(text), () => {
      const fast = parseCsvText(text, "x.csv");
      const library = viaLibrary(text);
      expect(fast.header).toEqual(library.header);
      expect(fast.records).toEqual(library.records);
      expect(fast.rejected.map((r) => [r.line, r.fields])).toEqual(
        library.rejected.map((r) => [r.line, r.fields]),
      );
    });
  }
  it("numbers lines from 1 and skips blank lines", () => {
    expect(splitUnquoted("a\n\nb\r\n")).toEqual([
      { line: 1, fields: ["a"] },
      { line: 3, fields: ["b"] },
    ]);
  });
});
