import { describe, expect, it } from "vitest";
import { searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { getPublicSource } from "@/lib/reader/get-public-source";
import { getStoryTimeline } from "@/lib/reader/get-story-timeline";
import { getTagTimeline } from "@/lib/reader/get-tag-timeline";

// PostgreSQL refuses a NUL byte in text; a URL carrying one (%00) must be a
// page not found or an ordinary search, never a database error.
describe("URLs with bytes no slug or search can hold", () => {
  it("finds no story, source or tag for a slug with a NUL byte or punctuation", async () => {
    for (const slug of ["a\u0000b", "x'; --", ""]) {
      await expect(getStoryTimeline(slug)).resolves.toBeNull();
      await expect(getPublicSource(slug)).resolves.toBeNull();
      await expect(getTagTimeline(slug)).resolves.toBeNull();
    }
  });

  it("searches for what is left of the words and filters once the NUL bytes are dropped", async () => {
    const query = parseSearchQuery({ q: "بلوم\u0000برج", tag: "\u0000", source: "a\u0000" });
    expect(query).toMatchObject({ q: "بلومبرج", tag: undefined, source: "a" });
    await expect(searchClaims(query)).resolves.toMatchObject({ total: 0 });
  });
});
