import { describe, expect, it } from "vitest";
import { extractPublicationDate, findDate, isDateLine, resolveRelativeDate } from "@/lib/import/sections/extract-date";

const day = (text: string) => findDate(text)?.day ?? null;

describe("findDate", () => {
  it.each([
    ["26th, January 2024 GMT", "2024-01-26"],
    ["January 26, 2024", "2024-01-26"],
    ["٣ مارس ٢٠٢٤", "2024-03-03"],
    ["الأحد، ٣ مارس ٢٠٢٤ - ١١:٤٥ ص", "2024-03-03"],
    ["١٥ كانون الثاني ٢٠٢٥", "2025-01-15"],
    ["٢٢ شباط (فبراير) ٢٠٢٥", "2025-02-22"],
    ["15 يناير/كانون الثاني 2025", "2025-01-15"],
    ["3 تشرين الأول 2024", "2024-10-03"],
    ["1 آذار 2024", "2024-03-01"],
    ["9 أيلول 2023", "2023-09-09"],
    ["10 إبريل 2024", "2024-04-10"],
    ["5 يونية 2024", "2024-06-05"],
    ["4 جويلية 2024", "2024-07-04"],
    ["30 جانفي 2024", "2024-01-30"],
    ["30 يناير/جانفي 2024", "2024-01-30"],
    ["12 فيفري 2024", "2024-02-12"],
    ["3 أفريل 2024", "2024-04-03"],
    ["9 جوان 2024", "2024-06-09"],
    ["15 أوت 2024", "2024-08-15"],
    ["2024-01-26", "2024-01-26"],
    ["2024/1/5", "2024-01-05"],
    ["12/02/2025", "2025-02-12"],
    ["۱۲/۰۲/۲۰۲۵", "2025-02-12"],
  ])("reads %s", (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it("refuses days that do not exist", () => {
    expect(day("31 فبراير 2024")).toBeNull();
    expect(day("2024-13-01")).toBeNull();
  });

  it("does not take a Hijri date for a Gregorian one", () => {
    expect(day("١٤ رجب ١٤٤٥ هـ - ٢٦ كانون الثاني ٢٠٢٤ م")).toBe("2024-01-26");
  });

  it("passes over a Hijri date to the Gregorian one", () => {
    expect(day("1445/11/02 هـ الموافق 2024/05/10 م")).toBe("2024-05-10");
    expect(day("الجمعة 2 ذو القعدة 1445 هـ - 10 مايو 2024 م")).toBe("2024-05-10");
  });

  it("takes the first date when a line holds two", () => {
    expect(day("نشر في 3 مارس 2024 وحدث في 5 مارس 2024")).toBe("2024-03-03");
  });

  it("needs a year", () => {
    expect(day("3 مارس")).toBeNull();
  });
});

describe("isDateLine", () => {
  it("accepts marked lines and lines holding only a date, weekday, time and zone", () => {
    expect(isDateLine("تاريخ النشر: 26th, January 2024 GMT")).toBe(true);
    expect(isDateLine("نُشر في: الخميس ٣ تشرين الأول ٢٠٢٤ - ١٠:١٥ بتوقيت غرينتش")).toBe(true);
    expect(isDateLine("الخميس، 03 أكتوبر 2024 01:15 م")).toBe(true);
  });

  it("accepts a time with its zone offset and a Hijri date beside the Gregorian one", () => {
    expect(isDateLine("السبت 16 مارس 2024 10:30 ص GMT+3")).toBe(true);
    expect(isDateLine("الجمعة 2 ذو القعدة 1445 هـ - 10 مايو 2024 م")).toBe(true);
    expect(isDateLine("الأحد 17 مارس 2024 - 7 رمضان 1445")).toBe(true);
    expect(isDateLine("الجمعة 1445/11/02 هـ الموافق 2024/05/10 م")).toBe(true);
  });

  it("accepts a Gulf date line that opens with the city", () => {
    expect(isDateLine("الرياض - 12 رجب 1445 هـ الموافق 24 يناير 2024")).toBe(true);
    expect(isDateLine("جدة - الأربعاء 24 يناير 2024")).toBe(true);
    expect(isDateLine("الرياض - أعلنت الوزارة في 24 يناير 2024 خطتها")).toBe(false);
    // An agency's own dateline names the city with no dash and ends with the agency.
    expect(isDateLine("الرياض 12 رجب 1445 هـ الموافق 24 يناير 2024 م واس")).toBe(true);
    expect(isDateLine("انتخابات 24 يناير 2024")).toBe(false);
  });

  it("refuses sentences and headlines that mention a date", () => {
    expect(isDateLine("وفي 3 مارس 2024 أعلنت الوزارة خطتها")).toBe(false);
    expect(isDateLine("انتخابات 3 مارس 2024")).toBe(false);
  });
});

describe("extractPublicationDate", () => {
  it("gives the day when no time zone is printed", () => {
    expect(extractPublicationDate(["تاريخ النشر: الأحد، ٣ مارس ٢٠٢٤ - ١١:٤٥ ص"])).toEqual({
      publishedAt: "2024-03-03",
      precision: "day",
      day: "2024-03-03",
    });
  });

  it("gives the exact time in the zone printed, so its day is the one the site printed", () => {
    expect(extractPublicationDate(["نُشر في: الخميس ٣ تشرين الأول ٢٠٢٤ - ١٠:١٥ بتوقيت غرينتش"])).toEqual({
      publishedAt: "2024-10-03T10:15:00Z",
      precision: "exact",
      day: "2024-10-03",
    });
    expect(extractPublicationDate(["Published 2024-10-03 01:15 PM +03:00"])?.publishedAt).toBe("2024-10-03T13:15:00+03:00");
    expect(extractPublicationDate(["3 مارس 2024 11:30 م GMT+2"])?.publishedAt).toBe("2024-03-03T23:30:00+02:00");
    // 03:24 in Dubai is still the 13th in UTC: the day stays the printed one.
    expect(extractPublicationDate(["Wed, 14 Mar 2018 03:24:29 +0400"])).toEqual({
      publishedAt: "2018-03-14T03:24:29+04:00",
      precision: "exact",
      day: "2018-03-14",
    });
  });

  it("reads RFC 2822 and ISO 8601 date lines", () => {
    expect(isDateLine("Sun, 10 Jun 2018 14:23:09 GMT")).toBe(true);
    expect(isDateLine("Monday, 12 March 2018 17:45:08 +0000")).toBe(true);
    expect(isDateLine("2017-05-02T17:56:00+01:00")).toBe(true);
    expect(extractPublicationDate(["Sun, 10 Jun 2018 14:23:09 GMT"])?.publishedAt).toBe("2018-06-10T14:23:09Z");
    expect(extractPublicationDate(["2017-05-02T17:56:00+01:00"])?.publishedAt).toBe("2017-05-02T17:56:00+01:00");
    expect(extractPublicationDate(["2015-08-11 18:51:06"])).toEqual({ publishedAt: "2015-08-11", precision: "day", day: "2015-08-11" });
  });

  it("reads DD/MM/YYYY day first, as Arab sites write it", () => {
    expect(extractPublicationDate(["07/08/2016"])?.day).toBe("2016-08-07");
    expect(isDateLine("24/01/2015")).toBe(true);
  });

  it("converts a Hijri date printed alone to its Umm al-Qura Gregorian day", () => {
    expect(findDate("الرياض 12 رجب 1445 هـ")?.day).toBe("2024-01-24");
    expect(findDate("1445/09/01 هـ")?.day).toBe("2024-03-11");
    expect(findDate("تاريخ النشر: 02/11/1445")?.day).toBe("2024-05-10");
    expect(isDateLine("الخميس 12 رجب 1445 هـ")).toBe(true);
    expect(findDate("31 محرم 1445")).toBeNull();
  });

  it("reads the Gregorian date of a Hijri and Gregorian line, and the time of a zoned one", () => {
    expect(extractPublicationDate(["الجمعة 1445/11/02 هـ الموافق 2024/05/10 م"])?.publishedAt).toBe("2024-05-10");
    expect(extractPublicationDate(["السبت 16 مارس 2024 10:30 ص GMT+3"])?.publishedAt).toBe("2024-03-16T10:30:00+03:00");
  });

  it("prefers the publication date to the last update", () => {
    expect(extractPublicationDate(["آخر تحديث: 5 مارس 2024", "تاريخ النشر: 3 مارس 2024"])?.day).toBe("2024-03-03");
    expect(extractPublicationDate(["آخر تحديث: 5 مارس 2024"])?.day).toBe("2024-03-05");
  });

  it("gives null without a readable date", () => {
    expect(extractPublicationDate([])).toBeNull();
    expect(extractPublicationDate(["تاريخ النشر: قريبا"])).toBeNull();
  });
});

describe("resolveRelativeDate", () => {
  // 26 January 2024 was a Friday.
  const friday = "2024-01-26";

  it.each([
    ["نفى الكرملين اليوم الجمعة", "2024-01-26"],
    ["صباح اليوم", "2024-01-26"],
    ["الليلة", "2024-01-26"],
    ["أمس", "2024-01-25"],
    ["مساء أمس الخميس", "2024-01-25"],
    ["أول أمس", "2024-01-24"],
    ["أول من أمس", "2024-01-24"],
    ["يوم الثلاثاء", "2024-01-23"],
    ["الجمعة", "2024-01-26"],
    ["الجمعة الماضي", "2024-01-19"],
    ["في 24 كانون الثاني", "2024-01-24"],
    ["في 30 ديسمبر", "2023-12-30"],
    ["في 3 مارس 2023", "2023-03-03"],
  ])("reads %s", (phrase, expected) => {
    expect(resolveRelativeDate(phrase, friday)).toBe(expected);
  });

  it.each([
    ["وقال يوم الخميس", "2024-01-25"],
    ["أمس الأربعاء", "2024-01-24"],
    ["مساء أمس الأربعاء", "2024-01-24"],
    ["اليوم الخميس", "2024-01-25"],
    ["أول أمس الخميس", "2024-01-25"],
    ["أمس الجمعة", "2024-01-26"],
  ])("takes the named weekday over أمس or اليوم beside it: %s", (phrase, expected) => {
    expect(resolveRelativeDate(phrase, friday)).toBe(expected);
  });

  it("does not take words that only contain a date word (الخامس is not أمس)", () => {
    expect(resolveRelativeDate("في الطابق الخامس", friday)).toBeNull();
  });

  it("reads only full dates without a publication day to count from", () => {
    expect(resolveRelativeDate("أمس", null)).toBeNull();
    expect(resolveRelativeDate("في 3 مارس 2023", null)).toBe("2023-03-03");
  });
});
