/**
 * LedgerBook.ledger (sim/world/ledgers.ts): the ledger contract says events are sorted by (date,
 * id); the book appends them month by month in creation order. Oracle: the contract itself, on
 * events added out of day order, with equal days keeping creation (id) order.
 */
import { describe, expect, it } from "vitest";
import { parseDay } from "../../sim/plan/dates.js";
import { SimCalendar } from "../../sim/world/clock.js";
import { BOOKING } from "../../sim/world/eventCredits.js";
import { DEAL_SPLIT } from "../../sim/world/eventTable.js";
import { LedgerBook } from "../../sim/world/ledgers.js";
import { rep } from "../plan/fixtures.js";

describe("LedgerBook.ledger", () => {
  it("sorts by (day, id) and gives each event's day number", () => {
    const cal = new SimCalendar("2025-01-01", 3);
    const book = new LedgerBook(cal, 2, ["newArr", null], { ids: ["acct"], deals: ["d"] });
    const jan = cal.monthStart[0]!;
    const feb = cal.monthStart[1]!;
    // creation order: Jan 20, Jan 5, Jan 20 (again), Feb 3, Jan 31 (late in creation, early in date)
    for (const [day, arr] of [
      [jan + 19, 1],
      [jan + 4, 2],
      [jan + 19, 3],
      [feb + 2, 4],
      [jan + 30, 5],
    ] as const)
      book.add(0, -1, -1, day, BOOKING, 0, DEAL_SPLIT, arr, arr);
    const l = book.ledger(0, rep({ id: "r0" }));
    expect(l.events.map((e) => e.arr)).toEqual([2, 1, 3, 5, 4]);
    expect(l.events.map((e) => e.date)).toEqual([
      "2025-01-05",
      "2025-01-20",
      "2025-01-20",
      "2025-01-31",
      "2025-02-03",
    ]);
    expect(l.days).toEqual(l.events.map((e) => parseDay(e.date)));
    // ids ascend within a day (creation order), as the contract requires
    expect(l.events[1]!.id < l.events[2]!.id).toBe(true);
    // the book's own lists keep creation order (other readers index them)
    expect(book.eventsOf(0).map((e) => e.arr)).toEqual([1, 2, 3, 4, 5]);
    expect(book.eventsOf(0).map((e) => e.deal)).toEqual(["d-1", "d-2", "d-3", "d-4", "d-5"]);
    // primary-metric credit is tallied as events arrive
    expect(book.ytdCredit[0]).toBe(15);
    expect(book.ledger(1, rep({ id: "r1" })).events).toEqual([]);
  });
});
