/**
 * Input a QA probe turned into 500s or silently wrong data: control
 * characters and lone surrogates in text, invisible text, impossible dates,
 * numbers past their column, and list errors a form could not show.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditFilters } from "@/lib/audit/audit-filters";
import { parseSearchQuery } from "@/lib/search/search-query";
import { aliases } from "@/lib/sources/source-fields";
import { tagNames } from "@/lib/tags/tag-names";
import { cleanText, date, optionalText, optionalUrl, version } from "@/lib/validation/fields";
import { localizeIssues } from "@/lib/validation/localize-issues";

const messagesOf = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues.map((issue) => issue.message);

describe("user text", () => {
  it("drops NUL and bidi controls from links and aliases, then checks the link", () => {
    expect(optionalUrl.parse("https://x.com/\u0000")).toBe("https://x.com/");
    expect(optionalUrl.parse("\u202Ehttps://x.com/a")).toBe("https://x.com/a");
    expect(messagesOf(optionalUrl, "\u0000not a link")).toHaveLength(1);
    expect(aliases.parse(["a\u0000b", "\u202Eرويترز", "\u0000"])).toEqual(["ab", "رويترز"]);
  });

  it("makes text with a lone surrogate well-formed, keeping whole pairs", () => {
    const replaced = "نص \uFFFD";
    expect(cleanText(100).parse("نص \ud800")).toBe(replaced);
    expect(optionalText(100).parse("نص \udfff")).toBe(replaced);
    expect(tagNames.parse("وسم\ud800")).toEqual(["وسم\uFFFD"]);
    expect(aliases.parse(["اسم\ud800"])).toEqual(["اسم\uFFFD"]);
    expect(optionalUrl.parse("https://x.com/\ud800")).not.toMatch(/\p{Surrogate}/u);
    expect(cleanText(100).parse("وسم 😀")).toBe("وسم 😀");
  });

  it("treats text made only of zero-width characters as empty, and keeps ZWNJ and ZWJ inside words", () => {
    for (const invisible of ["\u200B", "\u200C\u200D", " \u2060\uFEFF ", "\u200B\u0000\u202E"]) {
      expect(messagesOf(cleanText(100), invisible), JSON.stringify(invisible)).toEqual(["Too small: expected string to have >=1 characters"]);
      expect(optionalText(100).parse(invisible)).toBeNull();
      expect(tagNames.parse(`${invisible},وسم`)).toEqual(["وسم"]);
    }
    expect(cleanText(100).parse("می\u200Cخواهم")).toBe("می\u200Cخواهم");
    expect(cleanText(100).parse("لا\u200Dم")).toBe("لا\u200Dم");
  });
});

describe("dates", () => {
  const iso = (input: string | Date) => date.parse(input).toISOString();

  it("accepts what the claim form sends, Date objects and ISO strings with an offset", () => {
    expect(iso("2024-01-26")).toBe("2024-01-26T00:00:00.000Z");
    expect(iso("2024-01-26T10:30:00Z")).toBe("2024-01-26T10:30:00.000Z");
    expect(iso("2024-03-01")).toBe("2024-03-01T00:00:00.000Z"); // a month
    expect(iso("2024-01-01")).toBe("2024-01-01T00:00:00.000Z"); // a year
    expect(iso("2024-02-29")).toBe("2024-02-29T00:00:00.000Z");
    expect(iso("2024-01-26T10:30:00.250+03:00")).toBe("2024-01-26T07:30:00.250Z");
    expect(iso(new Date("2024-01-26T10:30:00Z"))).toBe("2024-01-26T10:30:00.000Z");
    expect(date.safeParse("2024-01-26T10:30").success).toBe(true); // a datetime-local input's value
  });

  it("refuses a day the calendar does not have instead of rolling it over", () => {
    for (const input of ["2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-26T25:00:00Z", "26/01/2024", "2024-03", "", 1706227200000, null, new Date("x")]) {
      expect(messagesOf(date, input), String(input)).toEqual(["validation.date"]);
    }
  });

  it("tells a year out of range as such, five digits or year zero", () => {
    for (const input of ["20245-01-26", "0000-01-01", "1799-12-31"]) expect(messagesOf(date, input), input).toEqual(["validation.dateRange"]);
  });

  it("drops a search or audit filter day the calendar lacks", () => {
    for (const day of ["2024-02-30", "2023-02-29", "20245-01-26"]) {
      expect(parseSearchQuery({ from: day, to: day }), day).toMatchObject({ from: undefined, to: undefined });
      expect(auditFilters.parse({ from: day, to: day }), day).toMatchObject({ from: undefined, to: undefined });
    }
  });

  it("moves a filter day in a year dates cannot have to just outside their range, where nothing is stored", () => {
    const moved = { from: "1799-12-31", to: "2101-01-01" };
    expect(parseSearchQuery({ from: "0000-01-01", to: "2999-01-01" })).toMatchObject(moved);
    expect(auditFilters.parse({ from: "0000-01-01", to: "2999-01-01" })).toMatchObject(moved);
    expect(parseSearchQuery({ from: "1800-01-01", to: "2100-12-31" })).toMatchObject({ from: "1800-01-01", to: "2100-12-31" });
  });
});

describe("versions", () => {
  it("takes an int4 version, from a form's text too, and refuses a larger one with a message", () => {
    expect(version.parse("2147483647")).toBe(2147483647);
    for (const input of [2147483648, "99999999999999999999", 0, 1.5]) {
      const issues = z.object({ version }).safeParse({ version: input }).error!.issues;
      expect(localizeIssues(issues, "en"), String(input)).toEqual({ version: ["The record's version number is not valid: reload the page to work on its current version."] });
    }
  });
});

describe("errors of a list's items", () => {
  const claimTags = z.object({ tags: tagNames });
  const localized = (input: unknown, locale: "ar" | "en" = "ar") =>
    localizeIssues(claimTags.safeParse(input, { reportInput: true }).error!.issues, locale);

  it("are also the list's errors, naming the item, so a form with one field for the list can show them", () => {
    const long = "و".repeat(81);
    const named = `${long.slice(0, 40)}…`;
    expect(localized({ tags: `قصير، ${long}` })).toEqual({
      "tags.1": ["يجب ألا يزيد عن 80 حرف."],
      tags: [`«\u2068${named}\u2069»: يجب ألا يزيد عن 80 حرف.`],
    });
    expect(localized({ tags: ["a".repeat(81)] }, "en").tags).toEqual([`“\u2068${"a".repeat(40)}…\u2069”: Must be at most 80 characters.`]);
  });

  it("give the item's own message when the issue kept no input, once however many items share it", () => {
    const issues = claimTags.safeParse({ tags: ["a".repeat(81), "b".repeat(81)] }).error!.issues;
    expect(localizeIssues(issues, "ar").tags).toEqual(["يجب ألا يزيد عن 80 حرف."]);
  });

  it("word a list that is too long in the reader's language", () => {
    const tags = Array.from({ length: 31 }, (_, index) => `وسم ${index}`);
    expect(localized({ tags })).toEqual({ tags: ["العدد أكبر من المسموح: 30 على الأكثر."] });
    expect(localized({ tags }, "en")).toEqual({ tags: ["Too many: at most 30."] });
  });
});
