/**
 * Plan-defined credited metrics in canonical form: the `metrics:` section, and filters written
 * inline in a component's metric (`newArr where product in [GTX Pro, MG Advanced] and dealType =
 * newLogo`), which become metrics named by their normalised text.
 */
import {
  CREDIT_ATTRIBUTES,
  type CreditAttribute,
  type CreditFilter,
  type DerivedMetric,
} from "../canonical.js";
import type { DerivedMetricSource } from "../metricSchema.js";

export function resolveDerivedMetric(id: string, m: DerivedMetricSource): DerivedMetric {
  const where: CreditFilter[] = [];
  for (const attribute of CREDIT_ATTRIBUTES) {
    const values = m.where?.[attribute];
    if (values !== undefined) where.push({ attribute, values: [...values] });
  }
  return {
    id,
    from: m.from,
    where,
    weights:
      m.weights === undefined
        ? null
        : {
            attribute: m.weights.by as CreditAttribute,
            values: { ...m.weights.values },
            otherwise: m.weights.otherwise,
          },
  };
}

/** Whether a metric reference is an inline filter. */
export function isInlineFilter(text: string): boolean {
  return / where /.test(text);
}

export type InlineResult = { ok: true; metric: DerivedMetric } | { ok: false; message: string };

const CLAUSE = /^\s*([A-Za-z]+)\s*(?:in\s*\[([^\]]*)\]|==?\s*(.+?))\s*$/;

function unquote(v: string): string {
  const t = v.trim();
  return /^(['"]).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Parse `<metric> where <attr> in [a, b] and <attr> = c`; the id is the normalised text. */
export function parseInlineMetric(text: string): InlineResult {
  const at = text.indexOf(" where ");
  const from = text.slice(0, at).trim();
  const rest = text.slice(at + " where ".length);
  const where: CreditFilter[] = [];
  for (const part of rest.split(/\s+and\s+/)) {
    const m = CLAUSE.exec(part);
    if (m === null)
      return {
        ok: false,
        message: `cannot read the filter '${part.trim()}': expected '<attribute> in [a, b]' or '<attribute> = a'`,
      };
    const attribute = m[1] as CreditAttribute;
    if (!CREDIT_ATTRIBUTES.includes(attribute))
      return {
        ok: false,
        message: `unknown attribute '${m[1]}' (attributes: ${CREDIT_ATTRIBUTES.join(", ")})`,
      };
    const values = (m[2] !== undefined ? m[2].split(",") : [m[3]!]).map(unquote).filter((v) => v !== "");
    if (values.length === 0) return { ok: false, message: `the filter on ${attribute} lists no values` };
    if (where.some((f) => f.attribute === attribute))
      return { ok: false, message: `${attribute} is filtered twice: list every value in one 'in [...]'` };
    where.push({ attribute, values });
  }
  const id = `${from} where ${where.map((f) => `${f.attribute} in [${f.values.join(", ")}]`).join(" and ")}`;
  return { ok: true, metric: { id, from, where, weights: null } };
}
