/** The survey quarters of a run (surveys.ts): each calendar quarter's last month. */
import type { SimCalendar } from "./clock.js";

/** The survey quarters of a run: the months ending a calendar quarter, and how many come before each month. */
export interface SurveyCalendar {
  readonly months: Int32Array;
  /** before[m] = survey months < m (length months + 1). */
  readonly before: Int32Array;
}

export function surveyCalendar(cal: SimCalendar): SurveyCalendar {
  const list: number[] = [];
  const before = new Int32Array(cal.months + 1);
  for (let m = 0; m < cal.months; m++) {
    before[m] = list.length;
    if (cal.calendarMonth[m]! % 3 === 0) list.push(m);
  }
  before[cal.months] = list.length;
  return { months: Int32Array.from(list), before };
}
