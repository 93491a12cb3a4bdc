/** HTML escaping and the inlined-SVG check (reports/html/escape.ts). */
import { describe, expect, it } from "vitest";
import { assertSafeSvg, escapeHtml, html, raw } from "../../reports/html/escape.js";

describe("escapeHtml and the html template", () => {
  it("encodes the five characters that can open markup or close an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
  it("escapes interpolated values, keeps raw() as is, flattens arrays", () => {
    const name = "<img src=x onerror=alert(1)>";
    expect(html`<td title="${name}">${[name, raw("<b>ok</b>")]}</td>`.__html).toBe(
      '<td title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;<b>ok</b></td>',
    );
  });
});

describe("assertSafeSvg", () => {
  const ok =
    '<svg xmlns="http://www.w3.org/2000/svg"><text aria-label="&lt;img src=x onerror=alert(1)&gt;">&lt;img onerror=x&gt;</text></svg>';
  it("accepts escaped user text, even when it reads like a handler", () => {
    expect(assertSafeSvg(ok)).toBe(ok);
  });
  it("rejects scripts, event handler attributes, foreign content and external references", () => {
    expect(() => assertSafeSvg("<svg><script>alert(1)</script></svg>")).toThrow(/active content/);
    expect(() => assertSafeSvg('<svg><rect onclick="x()"/></svg>')).toThrow(/event handler/);
    expect(() => assertSafeSvg("<svg><g ONLOAD=x></g></svg>")).toThrow(/event handler/);
    expect(() => assertSafeSvg("<svg><foreignObject/></svg>")).toThrow(/active content/);
    expect(() => assertSafeSvg('<svg><image href="https://example.org/x.png"/></svg>')).toThrow(/external/);
    expect(() => assertSafeSvg("<div></div>")).toThrow(/other than SVG/);
  });
});
