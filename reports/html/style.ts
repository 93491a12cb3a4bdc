/**
 * The report's stylesheet, inlined in the HTML (no network): system fonts, readable widths,
 * tables that line up numbers, flag callouts, and print rules so "Save as PDF" gives clean pages.
 */
import { FONT_STACK } from "../charts/theme.js";

export const REPORT_CSS = `
:root { --ink: #1f2933; --muted: #52606d; --line: #d9dee3; --soft: #f5f7fa; --warn: #b42318; --warn-bg: #fef3f2; --ok: #027a48; --ok-bg: #ecfdf3; --accent: #0072B2; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: ${FONT_STACK}; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.5; }
main { max-width: 1040px; margin: 0 auto; padding: 32px 28px 64px; }
header.report { border-bottom: 3px solid var(--accent); padding-bottom: 14px; margin-bottom: 22px; }
header.report .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); font-weight: 600; }
h1 { font-size: 26px; line-height: 1.25; margin: 4px 0 8px; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 22px 0 6px; }
p.lede { color: var(--muted); margin: 0; max-width: 70ch; }
.caveat { background: var(--soft); border-left: 4px solid var(--muted); padding: 10px 14px; margin: 14px 0; color: var(--muted); }
ul.flags { list-style: none; padding: 0; margin: 10px 0 0; display: grid; gap: 8px; }
ul.flags > li { padding: 9px 14px; border-radius: 6px; border-left: 5px solid var(--line); background: var(--soft); }
ul.flags > li > ul { list-style: none; margin: 4px 0 0; padding: 0; }
ul.flags > li > ul > li { padding: 3px 6px 3px 1.9em; text-indent: -1.6em; border-radius: 4px; }
ul.flags li.warn > .badge { color: var(--warn); }
ul.flags li.ok > .badge { color: var(--ok); }
ul.flags > li > ul > li.warn { background: var(--warn-bg); }
ul.verdict { list-style: none; padding: 0; margin: 8px 0 12px; font-size: 15.5px; max-width: 80ch; }
ul.verdict li { margin: 0 0 6px; }
ul.verdict li.caution { padding: 4px 8px; border-left: 4px solid var(--warn); background: var(--warn-bg); border-radius: 4px; }
ul.verdict .badge { color: var(--warn); font-weight: 700; margin-right: 6px; }
table.scorecard th .note, table.scorecard td .diff { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
table.scorecard td .level { font-weight: 600; }
table.scorecard td.cue-worse { background: var(--warn-bg); }
table.scorecard td.cue-worse .diff { color: var(--warn); font-weight: 600; }
table.scorecard tbody th { text-align: left; font-weight: 600; white-space: nowrap; }
table.scorecard td.num, table.scorecard th.num { white-space: normal; min-width: 7.5em; }
p.rules { font-size: 12px; color: var(--muted); margin: 8px 0 0; }
p.rules code { font-size: 11.5px; }
ul.flags .badge { font-weight: 700; margin-right: 6px; }
.table-wrap { overflow-x: auto; margin: 10px 0; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--soft); text-align: left; font-weight: 600; border-bottom: 2px solid var(--line); }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.group th { background: #fff; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .06em; padding-top: 14px; text-align: left; }
td.metric abbr, th abbr { text-decoration: underline dotted var(--muted); cursor: help; }
td.metric { min-width: 210px; }
td.metric .id { display: block; color: var(--muted); font-size: 11.5px; font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
td.ci { color: var(--muted); font-size: 12px; }
td .wrap { white-space: normal; display: inline-block; min-width: 12em; }
figure.chart { margin: 26px 0; padding: 14px 16px 10px; border: 1px solid var(--line); border-radius: 8px; break-inside: avoid; page-break-inside: avoid; }
figure.chart h3 { margin-top: 0; }
figure.chart .plot { overflow-x: auto; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 13.5px; margin-top: 6px; max-width: 80ch; }
figcaption .files { display: block; font-size: 12px; margin-top: 4px; }
dl.glossary { display: grid; grid-template-columns: minmax(180px, 28%) 1fr; gap: 6px 16px; font-size: 13.5px; }
dl.glossary dt { font-weight: 600; }
dl.glossary dt code { display: block; font-weight: 400; color: var(--muted); font-size: 12px; }
dl.glossary dd { margin: 0; }
.repro { background: var(--soft); padding: 12px 16px; border-radius: 8px; font-size: 13px; }
.repro code, .repro pre { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 12px; }
.repro pre { white-space: pre-wrap; word-break: break-all; margin: 6px 0 10px; }
.repro td { border-bottom: none; padding: 2px 10px 2px 0; }
nav.toc { font-size: 13.5px; margin: 12px 0 0; }
nav.toc a { color: var(--accent); margin-right: 14px; text-decoration: none; white-space: nowrap; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure.chart, tr, ul.flags > li, .repro, #decision { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  th.num, td.num { white-space: normal; }
  th, td { padding: 4px 6px; }
  a { color: inherit; text-decoration: none; }
}
`;
