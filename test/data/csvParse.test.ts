import { describe, expect, it } from "vitest";
import { parseCsvText, splitUnquoted } from "../../sim/data/csv.js";

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
