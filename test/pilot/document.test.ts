/** The pre-registration renderers escape every user string (DESIGN §12) and the HTML is self-contained. */
import { describe, expect, it } from "vitest";
import { type Doc, escapeHtml, renderHtml, renderMarkdown } from "../../sim/pilot/document.js";
import { recommendDuration } from "../../sim/pilot/recommendDuration.js";

const EVIL = `<script>alert("x")</script> & 'q' | *b*`;

describe("pre-registration document", () => {
  const doc: Doc = {
    title: `Pilot: ${EVIL}`,
    sections: [
      {
        heading: EVIL,
        blocks: [
          { kind: "paragraph", text: EVIL },
          { kind: "list", items: [EVIL] },
          { kind: "table", headers: ["a", EVIL], rows: [[EVIL, "1"]], numeric: [false, true] },
          { kind: "code", text: `planbench pilot --plan ${EVIL}` },
        ],
      },
    ],
  };

  it("escapes every string in the HTML and loads nothing from the network", () => {
    const html = renderHtml(doc);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;");
    expect(html).not.toMatch(/(src|href)=/);
    expect(html).toContain("default-src 'none'");
    expect(escapeHtml(`<a href="x">`)).toBe("&lt;a href=&quot;x&quot;&gt;");
  });

  it("escapes table-breaking and markup characters in the Markdown", () => {
    const md = renderMarkdown(doc);
    expect(md).toContain("\\<script\\>");
    expect(md).toContain("\\| \\*b\\*");
    expect(
      md
        .split("\n")
        .filter((l) => l.startsWith("| "))
        .every((l) => l.split(/(?<!\\)\|/).length === 4),
    ).toBe(true);
  });
});

describe("duration recommendation", () => {
  const cells = [
    { size: 10, months: 3, power: 0.4 },
    { size: 10, months: 6, power: 0.81 },
    { size: 10, months: 9, power: 0.93 },
    { size: 20, months: 3, power: 0.85 },
  ];

  it("picks the shortest duration reaching the target power at the chosen size", () => {
    expect(recommendDuration(cells, 10, 0.8, "x").months).toBe(6);
    expect(recommendDuration(cells, 20, 0.8, "x").months).toBe(3);
  });

  it("says plainly when none in the grid does", () => {
    const r = recommendDuration(cells, 10, 0.95, "an NRR effect of +0.02");
    expect(r.months).toBeNull();
    expect(r.text).toContain("none of the durations in the grid (up to 9 months)");
    expect(r.text).toContain("at 9 months: 93%");
  });
});
