import { describe, expect, it } from "vitest";
import { findQuotes } from "@/lib/import/tokenize/extract-quotes";

const quoted = (text: string) => findQuotes(text).map((quote) => quote.text);

describe("findQuotes", () => {
  it("finds quotations in “ ”, « » and straight quotes", () => {
    expect(quoted("قال “أولا” ثم «ثانيا» ثم \"ثالثا\"")).toEqual(["أولا", "ثانيا", "ثالثا"]);
  });

  it("pairs curly marks typed the wrong way round in right-to-left text", () => {
    expect(quoted("قال ”لا تعليق“ فقط")).toEqual(["لا تعليق"]);
  });

  it("gives the span from the opening mark to just after the closing mark", () => {
    expect(findQuotes("أ «ب» ج")).toEqual([{ start: 2, end: 5, text: "ب" }]);
  });

  it("leaves an unclosed mark as text and still finds later quotations", () => {
    expect(quoted("مضيفا \" يفترض أن «نعم» هنا")).toEqual(["نعم"]);
  });

  it("keeps a quotation inside another as part of it", () => {
    expect(quoted("“قال «نعم» ثم مضى” وانتهى")).toEqual(["قال «نعم» ثم مضى"]);
  });

  it("ignores empty quotations", () => {
    expect(quoted("«» و“ ”")).toEqual([]);
  });
});
