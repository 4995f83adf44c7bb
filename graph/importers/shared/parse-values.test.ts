import { describe, expect, it } from "vitest";
import { DateFormat, parseDate, parseNumber } from "./parse-values.js";

describe("date parsing", () => {
  it("reads US, German and ISO dates as ISO", () => {
    expect(parseDate("9/8/2016", "M/D/YYYY")).toEqual({ ok: true, value: "2016-09-08" });
    expect(parseDate("9/8/2016", "D/M/YYYY")).toEqual({ ok: true, value: "2016-08-09" });
    expect(parseDate("29.2.2024", "D.M.YYYY")).toEqual({ ok: true, value: "2024-02-29" });
    expect(parseDate("2011-12")).toEqual({ ok: true, value: "2011-12" });
    expect(parseDate("2011-12-29T10:00:00Z")).toEqual({ ok: true, value: "2011-12-29" });
  });

  it("refuses days that are not on the calendar and text in another format", () => {
    expect(parseDate("2/30/2016", "M/D/YYYY")).toMatchObject({
      ok: false,
      message: expect.stringContaining("not a day"),
    });
    expect(parseDate("2016-09-08", "M/D/YYYY")).toMatchObject({
      ok: false,
      message: expect.stringContaining("M/D/YYYY"),
    });
    expect(parseDate("next week")).toMatchObject({ ok: false });
  });
});

describe("number parsing", () => {
  it("reads decimals, signs and thousands separators", () => {
    expect(parseNumber("4537.8500")).toEqual({ ok: true, value: 4537.85 });
    expect(parseNumber("-6000.0000")).toEqual({ ok: true, value: -6000 });
    expect(parseNumber("1,234,567.5")).toEqual({ ok: true, value: 1234567.5 });
  });

  it("refuses text that is not a number", () => {
    expect(parseNumber("12 Mio")).toMatchObject({ ok: false });
    expect(parseNumber("1,23")).toMatchObject({ ok: false });
  });
});

describe("date patterns", () => {
  it("reads written-out dates without a format: English and German month names, any case", () => {
    expect(parseDate("Mar 25, 2015")).toEqual({ ok: true, value: "2015-03-25" });
    expect(parseDate("25 March 2015")).toEqual({ ok: true, value: "2015-03-25" });
    expect(parseDate("25. März 2015")).toEqual({ ok: true, value: "2015-03-25" });
    expect(parseDate("1 OKT 2019")).toEqual({ ok: true, value: "2019-10-01" });
    expect(parseDate("Feb 30, 2016")).toMatchObject({ ok: false, message: expect.stringContaining("not a day") });
    expect(parseDate("Smarch 3, 2016")).toMatchObject({ ok: false });
  });

  it("takes a mapping's own pattern, or several tried in order", () => {
    expect(parseDate("2016/09/08", "YYYY/MM/DD")).toEqual({ ok: true, value: "2016-09-08" });
    expect(parseDate("08-09-2016", ["YYYY-MM-DD", "DD-MM-YYYY"])).toEqual({ ok: true, value: "2016-09-08" });
    expect(parseDate("Mar 25, 2015", "D.M.YYYY")).toMatchObject({
      ok: false,
      message: expect.stringContaining("D.M.YYYY"),
    });
  });

  it("takes strptime's directives for the same patterns", () => {
    expect(parseDate("Mar 25, 2015", "%b %d, %Y")).toEqual({ ok: true, value: "2015-03-25" });
    expect(parseDate("3.4.2024", "%-d.%-m.%Y")).toEqual({ ok: true, value: "2024-04-03" });
    expect(parseDate("25 September 2019", "%d %B %Y")).toEqual({ ok: true, value: "2019-09-25" });
    expect(parseDate("2016/09/08", "%Y/%m/%d")).toEqual({ ok: true, value: "2016-09-08" });
    expect(DateFormat.safeParse("%d.%m.%Y %H:%M").error?.issues[0]?.message).toContain("not %H");
  });

  it("reads a month and year as that month, with a pattern or without one", () => {
    expect(parseDate("March 2015")).toEqual({ ok: true, value: "2015-03" });
    expect(parseDate("Okt 2019")).toEqual({ ok: true, value: "2019-10" });
    expect(parseDate("09/2016", "MM/YYYY")).toEqual({ ok: true, value: "2016-09" });
    expect(parseDate("13/2016", "MM/YYYY")).toMatchObject({ ok: false });
  });

  it("refuses a pattern without one year and one month, with two days, or with other letters", () => {
    expect(DateFormat.safeParse("MM-DD").success).toBe(false);
    expect(DateFormat.safeParse("YYYY-DD").success).toBe(false);
    expect(DateFormat.safeParse("D D MM YYYY").success).toBe(false);
    expect(DateFormat.safeParse("DD de MMMM de YYYY").error?.issues[0]?.message).toContain("only YYYY");
    expect(DateFormat.safeParse(["MMM D, YYYY", "D.M.YYYY"]).success).toBe(true);
  });
});
