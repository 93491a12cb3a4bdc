/**
 * statements.arrow as rows for charting (variant, rep, period start, attainment, paid), read
 * once per report.
 */
import type { Columns } from "../../load/arrowTable.js";

export interface StatementRow {
  readonly variant: string;
  readonly rep: string;
  readonly periodStart: string;
  readonly attainment: number;
  readonly paid: number;
}

export function statementRows(statements: Columns): StatementRow[] {
  const variant = statements.text("variant");
  const rep = statements.text("rep_id");
  const start = statements.text("period_start");
  const attainment = statements.numbers("attainment");
  const paid = statements.numbers("paid");
  return variant.map((v, i) => ({
    variant: v,
    rep: rep[i]!,
    periodStart: start[i]!,
    attainment: attainment[i]!,
    paid: paid[i]!,
  }));
}
