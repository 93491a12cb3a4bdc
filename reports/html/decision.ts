/**
 * The decision section at the top of every HTML report: the verdict in plain words, then the
 * scorecard (variants × cost, cost risk, customer value, fairness, gaming) with each variant's
 * difference from the baseline. Only what is clearly worse is coloured; better is said in words,
 * so good news never looks like a warning. Rules: reports/decision/rules.ts and verdict.ts.
 */

import { CUE_WORDS, differenceText, levelInterval, levelText } from "../decision/cellText.js";
import type { Decision } from "../decision/index.js";
import { DIMENSION_TITLES, type ScoreCell, type ScoreColumn } from "../decision/model.js";
import { variantHeader } from "./components.js";
import { html, type Raw } from "./escape.js";

function cellHtml(col: ScoreColumn, c: ScoreCell | undefined, currency: string): Raw {
  if (!c || col.metric === null) return html`<td class="num cue-na">—</td>`;
  const diff = differenceText(col, c, currency);
  const cue = CUE_WORDS[c.cue];
  return html`<td class="num cue-${c.cue}"><span class="level" title="${levelInterval(col, c, currency)}">${levelText(col, c, currency)}</span>${diff || cue ? html`<span class="diff">${diff}${diff && cue ? " · " : ""}${cue}</span>` : ""}</td>`;
}

export function decisionSection(d: Decision, heading: string): Raw {
  const { card } = d;
  const head = card.columns.map(
    (col) =>
      html`<th class="num" scope="col">${DIMENSION_TITLES[col.dimension]}<span class="note">${col.metric === null ? "not scored: " : ""}${col.note}</span></th>`,
  );
  const rows = card.variants.map(
    (v) =>
      html`<tr><th scope="row">${variantHeader(card.variants, v)}${v === card.baseline ? html`<span class="note">baseline</span>` : ""}</th>${card.columns.map(
        (col) =>
          cellHtml(
            col,
            col.cells.find((c) => c.variant === v),
            card.currency,
          ),
      )}</tr>`,
  );
  return html`<section id="decision"><h2>${heading}</h2><ul class="verdict">${d.verdict.map(
    (l) =>
      html`<li class="${l.tone}">${l.tone === "caution" ? html`<span class="badge" aria-label="caution">⚠</span>` : ""}${l.text}</li>`,
  )}</ul><div class="table-wrap"><table class="scorecard" id="scorecard"><thead><tr><th scope="col">Variant</th>${head}</tr></thead><tbody>${rows}</tbody></table></div><p class="rules">${card.basis} Differences are each variant minus ${card.baseline}${card.scenario ? `, scenario ${card.scenario}, reps as configured` : ""}; ▲/▼ give their direction, the words whether that is better or worse. How the verdict is written: reports/decision/verdict.ts.</p></section>`;
}
