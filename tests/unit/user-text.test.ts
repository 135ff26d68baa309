import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalizedName, LocalizedTitle, UserText } from "@/components/claims/user-text";

const html = renderToStaticMarkup;

describe("stored text carries its language", () => {
  it("is the newsroom's (Arabic) unless told, isolated either way", () => {
    expect(html(createElement(UserText, null, "شخصان مقربان من الكرملين"))).toBe('<bdi lang="ar" dir="auto">شخصان مقربان من الكرملين</bdi>');
    expect(html(createElement(UserText, { as: "blockquote", lang: "en", className: "quote" }, "Breaking"))).toBe(
      '<blockquote lang="en" dir="auto" class="quote">Breaking</blockquote>',
    );
  });

  it("is English for the English variant of a name or title, Arabic when there is none", () => {
    const kremlin = { name: "الكرملين", nameEn: "The Kremlin" };
    expect(html(createElement(LocalizedName, { record: kremlin, locale: "en" }))).toBe('<bdi lang="en" dir="auto">The Kremlin</bdi>');
    expect(html(createElement(LocalizedName, { record: kremlin, locale: "ar" }))).toBe('<bdi lang="ar" dir="auto">الكرملين</bdi>');
    expect(html(createElement(LocalizedName, { record: { name: "روسيا", nameEn: null }, locale: "en" }))).toBe('<bdi lang="ar" dir="auto">روسيا</bdi>');
    expect(html(createElement(LocalizedTitle, { record: { title: "قصة", titleEn: "A story" }, locale: "en" }))).toBe('<bdi lang="en" dir="auto">A story</bdi>');
  });
});

describe("stored text whose field names no language", () => {
  it("is taken for English when it has no Arabic letters, and for the newsroom's language otherwise", () => {
    expect(html(createElement(UserText, null, "Bloomberg"))).toBe('<bdi lang="en" dir="auto">Bloomberg</bdi>');
    expect(html(createElement(UserText, null, "بلومبرغ (Bloomberg)"))).toBe('<bdi lang="ar" dir="auto">بلومبرغ (Bloomberg)</bdi>');
    expect(html(createElement(UserText, null, "2024"))).toBe('<bdi lang="ar" dir="auto">2024</bdi>');
    expect(html(createElement(LocalizedName, { record: { name: "Reuters", nameEn: null }, locale: "ar" }))).toBe('<bdi lang="en" dir="auto">Reuters</bdi>');
  });
});
