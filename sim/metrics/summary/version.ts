/**
 * Version of the summary contract (summary.json of a run and a backtest, pilot.json), written as
 * `schemaVersion` by every producer. Raise it when a field changes meaning or shape in a way an
 * older reader would misread; readers upgrade older files they know how to (migrate.ts) and name
 * the version they cannot read.
 */
export const SUMMARY_SCHEMA_VERSION = 1;
