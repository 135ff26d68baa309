import { describe, expect, it } from "vitest";
import type { SourceKind } from "@/lib/vocabulary";
import { firstPublishedAppearance } from "@/lib/reader/claim-review";

const hop = (name: string, kind: SourceKind, extra: { url?: string; title?: string; publishedAt?: string } = {}) => ({
  name,
  url: extra.url ?? null,
  title: extra.title ?? null,
  publishedAt: extra.publishedAt ? new Date(extra.publishedAt) : null,
  source: { kind },
});

describe("firstPublishedAppearance", () => {
  it("is the first outlet to print it, not the unnamed people it cites", () => {
    // From the last carrier back to the origin, as attributionChains gives them.
    const chain = [
      hop("كويت نيوز", "outlet", { title: "الكرملين ينفي", publishedAt: "2024-01-26" }),
      hop("رويترز", "agency", { publishedAt: "2024-01-26" }),
      hop("بلومبرج", "outlet", { title: "تقرير بلومبرج", publishedAt: "2024-01-26" }),
      hop("شخصان مقربان من الكرملين", "anonymous", { publishedAt: "2024-01-26" }),
    ];
    expect(firstPublishedAppearance([chain])?.name).toBe("بلومبرج");
  });

  it("is the origin itself when it can be read there (a URL or a headline)", () => {
    const chain = [hop("رويترز", "agency"), hop("دميتري بيسكوف", "person", { url: "https://example.org/statement" })];
    expect(firstPublishedAppearance([chain])?.name).toBe("دميتري بيسكوف");
  });

  it("is none when nothing was published", () => {
    expect(firstPublishedAppearance([[hop("الكرملين", "government")]])).toBeUndefined();
    expect(firstPublishedAppearance([])).toBeUndefined();
  });

  it("is the earliest of several chains, a known date before an unknown one", () => {
    const later = [hop("كويت نيوز", "outlet", { publishedAt: "2024-01-27" })];
    const undated = [hop("الجزيرة", "outlet")];
    const earlier = [hop("رويترز", "agency", { publishedAt: "2024-01-26" }), hop("مصدر", "anonymous")];
    expect(firstPublishedAppearance([undated, later, earlier])?.name).toBe("رويترز");
  });
});
