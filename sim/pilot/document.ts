/**
 * A small document model for the pre-registration, rendered to Markdown and to a self-contained
 * HTML page from the same content. Text is plain: every renderer escapes it (user strings such
 * as plan names, file paths and CSV values never become markup).
 */
import { escapeMarkdown, markdownTable } from "../../reports/markdown/table.js";

export type Block =
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | {
      readonly kind: "table";
      readonly headers: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly numeric?: readonly boolean[];
    }
  | { readonly kind: "code"; readonly text: string };

export interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

export interface Doc {
  readonly title: string;
  readonly sections: readonly Section[];
}

export function renderMarkdown(doc: Doc): string {
  const out = [`# ${escapeMarkdown(doc.title)}`, ""];
  for (const s of doc.sections) {
    out.push(`## ${escapeMarkdown(s.heading)}`, "");
    for (const b of s.blocks) {
      if (b.kind === "paragraph") out.push(escapeMarkdown(b.text));
      else if (b.kind === "list") out.push(...b.items.map((i) => `- ${escapeMarkdown(i)}`));
      else if (b.kind === "code") out.push("```", b.text.replace(/```/g, "ʼʼʼ"), "```");
      else
        out.push(
          markdownTable(
            b.headers,
            b.rows,
            b.headers.map((_, i) => (b.numeric?.[i] ? "right" : "left")),
          ),
        );
      out.push("");
    }
  }
  return out.join("\n");
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;vertical-align:top}
th{background:#f6f8fa;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;white-space:pre-wrap}`;

export function renderHtml(doc: Doc): string {
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`];
  for (const s of doc.sections) {
    body.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    for (const b of s.blocks) {
      if (b.kind === "paragraph") body.push(`<p>${escapeHtml(b.text)}</p>`);
      else if (b.kind === "list")
        body.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`);
      else if (b.kind === "code") body.push(`<pre><code>${escapeHtml(b.text)}</code></pre>`);
      else {
        const head = b.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
        const rows = b.rows
          .map(
            (r) =>
              `<tr>${r.map((c, i) => `<td${b.numeric?.[i] ? ' class="n"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`,
          )
          .join("\n");
        body.push(`<table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`);
      }
    }
  }
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head><body>`,
    ...body,
    "</body></html>",
    "",
  ].join("\n");
}
