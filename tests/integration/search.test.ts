/**
 * Reader search on the worked example: Arabic normalization, stemming,
 * spelling variants of names (through sources' aliases and trigrams),
 * English, filters, ranking, pagination, and that nothing unpublished
 * is ever found.
 */
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as searchRoute } from "@/app/api/v1/search/route";
import { systemActor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client.ts";
import { seedDemo } from "@/lib/demo/seed-demo";
import { demoClaimIds } from "./reader-demo";
import { SEARCH_PAGE_SIZE, claimSearchSql, searchClaims } from "@/lib/search/search-claims";
import { parseSearchQuery } from "@/lib/search/search-query";
import { searchSources } from "@/lib/search/search-sources";
import { normalizeArabic } from "@/lib/text/normalize-arabic";

vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => ({ kind: "anonymous" }) }));
vi.mock("@/lib/i18n/request-preferences", () => ({ getPreferences: async () => ({ locale: "en", calendar: "gregory", digits: "latn" }) }));

const actor = systemActor("search test");
const ids = { report: "", denial: "", followUp: "" };
let peskovId = "";

/** The ids of the claims a query finds, best first. */
async function found(params: Record<string, string>) {
  const result = await searchClaims(parseSearchQuery(params));
  return result.claims.map((claim) => claim.id);
}

beforeAll(async () => {
  await seedDemo();
  Object.assign(ids, await demoClaimIds());
  peskovId = (await db().source.findFirstOrThrow({ where: { nameEn: "Dmitry Peskov" } })).id;
});

describe("Arabic words", () => {
  it("finds claims carried by بلومبرج when searching its other spelling بلومبرغ", async () => {
    const hits = await found({ q: "بلومبرغ" });
    expect(hits).toContain(ids.report); // carried by Bloomberg (an appearance in its chain)
    expect(hits).toContain(ids.denial); // its summary names بلومبرج
    expect(hits).not.toContain(ids.followUp);
  });

  it("finds them with a spelling no alias has (بلومبيرج), by trigram similarity", async () => {
    expect(await found({ q: "بلومبيرج" })).toEqual(expect.arrayContaining([ids.report, ids.denial]));
  });

  it("stems: الكرملين and كرملين find the same claims", async () => {
    const withArticle = await found({ q: "الكرملين" });
    expect(withArticle).toEqual(expect.arrayContaining([ids.report, ids.denial, ids.followUp]));
    expect((await found({ q: "كرملين" })).sort()).toEqual([...withArticle].sort());
  });

  it("ignores diacritics, tatweel and alef forms", async () => {
    const plain = await found({ q: "الكرملين" });
    expect(await found({ q: "الكِرْمْلِين" })).toEqual(plain);
    expect(await found({ q: "الكرمـــلين" })).toEqual(plain);
    expect(await found({ q: "الأميركية" })).toEqual(await found({ q: "الاميركية" }));
  });

  it("tolerates a misspelled name inside a claim's text", async () => {
    expect(await found({ q: "زيلنسكي" })).toEqual([ids.followUp]);
  });

  it("ranks the claim whose own words match first", async () => {
    expect((await found({ q: "الرياض" }))[0]).toBe(ids.followUp);
  });

  it("finds nothing for words that are not there", async () => {
    expect(await found({ q: "كوريا الشمالية" })).toEqual([]);
  });
});

describe("English", () => {
  it("finds claims through a source's English name or alias", async () => {
    expect(await found({ q: "Bloomberg" })).toContain(ids.report);
    expect(await found({ q: "peskov" })).toEqual(expect.arrayContaining([ids.denial, ids.followUp]));
  });

  it("finds an English claim by a word in it, in another form", async () => {
    const english = await createClaim(actor, {
      claimantId: peskovId,
      saidAt: "2025-02-19",
      text: "Peskov said the talks in Riyadh were only the beginning.",
      language: "en",
      status: "published",
    });
    expect(await found({ q: "talk" })).toEqual([english.id]);
    expect(await found({ q: "BEGINNING riyadh" })).toEqual([english.id]);
  });
});

describe("names across scripts", () => {
  it("finds the worked example's Arabic words by their English names", async () => {
    expect(await found({ q: "Putin" })).toEqual(expect.arrayContaining([ids.report, ids.followUp]));
    expect(await found({ q: "Zelensky" })).toEqual([ids.followUp]);
    expect(await found({ q: "Kremlin" })).toEqual(expect.arrayContaining([ids.report, ids.denial, ids.followUp]));
    // A name only a claim's words hold, not any source's name or alias.
    const viaText = await createClaim(actor, { claimantId: peskovId, saidAt: "2023-05-02", text: "قال مسؤول إن ميدفيديف سيزور طاجيكستان", status: "published" });
    expect(await found({ q: "Medvedev" })).toEqual([viaText.id]);
    expect(await found({ q: "Tajikistan" })).toEqual([viaText.id]);
  });

  it("keys a name alike in both scripts, and common Arabic words not at all", async () => {
    const keys = async (words: string) =>
      (await db().$queryRaw<{ keys: string[] }[]>`SELECT transliteration_keys(${normalizeArabic(words)}) AS keys`)[0]!.keys;
    for (const [latin, ...arabic] of [
      ["Putin", "بوتين", "وبوتين", "لبوتين"],
      ["Bloomberg", "بلومبرج", "بلومبرغ", "بلومبيرغ"],
      ["Peskov", "بيسكوف"],
      ["Kremlin", "الكرملين"],
      ["Washington", "واشنطن"],
      ["Zelenskyy", "زيلينسكي"],
    ]) {
      const [key] = await keys(latin!);
      for (const spelling of arabic) expect(await keys(spelling), spelling).toContain(key!.replace("la:", "ar:"));
    }
    // Arabic words that share an English word's skeleton are not keyed by it.
    for (const [arabic, latin] of [["تقرير", "ticker"], ["الإطلاق", "talk"], ["بطن", "Putin"], ["هناك", "honk"]]) {
      const [key] = await keys(latin!);
      expect(await keys(arabic!), arabic).not.toContain(key!.replace("la:", "ar:"));
    }
    // Two consonants say too little: روسيا and رئيس would both be "rs".
    expect(await keys("Russia روسيا رئيس")).toEqual([]);
  });

  it("needs every word, whichever script each is in", async () => {
    expect(await found({ q: "Putin زيلينسكي" })).toEqual([ids.followUp]);
    expect(await found({ q: "Putin كوريا" })).toEqual([]);
  });

  it("finds an English text's names by their Arabic spelling", async () => {
    const english = await createClaim(actor, {
      claimantId: peskovId,
      saidAt: "2025-03-01",
      text: "Peskov said Putin and Trump may speak about Ukraine soon.",
      language: "en",
      status: "published",
    });
    expect(await found({ q: "ترامب" })).toEqual([english.id]);
    expect(await found({ q: "بوتين ترامب" })).toEqual([english.id]);
    expect(await found({ q: "وترامب" })).toEqual([english.id]);
  });

  it("keeps same-script matches to stems and spellings", async () => {
    // بطن has Putin's consonants but is an Arabic word: an Arabic query does not reach it through keys.
    const belly = await createClaim(actor, { claimantId: peskovId, saidAt: "2023-06-01", text: "ألم في البطن", status: "published" });
    expect(await found({ q: "بوتين" })).not.toContain(belly.id);
  });

  it("answers /api/v1/search the same way", async () => {
    const response = await searchRoute(new NextRequest("http://localhost/api/v1/search?q=Putin"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { claims: { id: string }[] };
    expect(body.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining([ids.report, ids.followUp]));
  });
});

describe("sources", () => {
  it("returns the source for a name search in any spelling, best match first", async () => {
    for (const q of ["بلومبرغ", "بلومبرج", "Bloomberg", "بلومبيرغ"]) {
      expect((await searchSources(q))[0]?.nameEn, q).toBe("Bloomberg");
    }
    expect((await searchSources("بيسكوف")).map((source) => source.nameEn)).toContain("Dmitry Peskov");
  });

  it("returns nothing without words", async () => {
    expect(await searchSources("")).toEqual([]);
  });
});

describe("filters and pages", () => {
  it("filters by tag, source, verdict and date range, with or without words", async () => {
    expect(await found({ q: "الكرملين", source: "dmitry-peskov" })).toEqual(expect.arrayContaining([ids.denial, ids.followUp]));
    expect(await found({ q: "الكرملين", source: "bloomberg" })).toEqual([ids.report]);
    expect(await found({ verdict: "unproven" })).toEqual([ids.report]);
    expect(await found({ q: "الكرملين", from: "2025-01-01" })).toEqual([ids.followUp]);
    expect((await found({ q: "الكرملين", to: "2024-01-26" })).sort()).toEqual([ids.report, ids.denial].sort());
    expect((await found({ tag: "روسيا" })).sort()).toEqual([ids.report, ids.denial, ids.followUp].sort());
  });

  it("lists nothing when asked nothing", async () => {
    expect(await searchClaims(parseSearchQuery({}))).toEqual({ total: 0, totalCapped: false, claims: [] });
  });

  it("drops nonsense parameters instead of failing", () => {
    expect(parseSearchQuery({ q: ["أ", "ب"], page: "-3", from: "yesterday", verdict: "" })).toEqual({ q: "أ", page: 1 });
  });

  it("pages through many results with a total", async () => {
    for (let n = 0; n < SEARCH_PAGE_SIZE + 5; n++) {
      await createClaim(actor, { claimantId: peskovId, saidAt: "2023-03-01", text: `بيان رقم ${n} عن الاقتصاد الاوراسي`, status: "published" });
    }
    const first = await searchClaims(parseSearchQuery({ q: "الاوراسي" }));
    const second = await searchClaims(parseSearchQuery({ q: "الاوراسي", page: "2" }));
    expect(first.total).toBe(SEARCH_PAGE_SIZE + 5);
    expect(first.claims).toHaveLength(SEARCH_PAGE_SIZE);
    expect(second.claims).toHaveLength(5);
    expect(new Set([...first.claims, ...second.claims].map((claim) => claim.id)).size).toBe(SEARCH_PAGE_SIZE + 5);
  });
});

describe("what readers may not see", () => {
  it("never finds drafts, claims in review, archived or deleted claims", async () => {
    const secret = (status: "draft" | "in_review" | "archived" | "published") =>
      createClaim(actor, { claimantId: peskovId, saidAt: "2024-02-01", text: `تسريب سري عن بلومبرغ والكرملين (${status})`, status });
    const hidden = await Promise.all([secret("draft"), secret("in_review"), secret("archived")]);
    const deleted = await secret("published");
    expect(await found({ q: "تسريب سري" })).toEqual([deleted.id]);
    await db().claim.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

    for (const q of ["تسريب سري", "بلومبرغ", "الكرملين", "peskov"]) {
      const hits = await found({ q });
      for (const claim of [...hidden, deleted]) expect(hits, q).not.toContain(claim.id);
    }
  });

  it("leaves out deleted and merged sources", async () => {
    const bloomberg = await db().source.findFirstOrThrow({ where: { nameEn: "Bloomberg" } });
    const duplicate = await db().source.create({
      data: { slug: "bloomberg-dup", name: "بلومبرغ", kind: "outlet", searchText: "بلومبرغ", mergedIntoId: bloomberg.id, deletedAt: new Date() },
    });
    expect((await searchSources("بلومبرغ")).map((source) => source.id)).not.toContain(duplicate.id);
  });
});

describe("indexes", () => {
  it("can serve every way of matching from an index", async () => {
    const plan = await db().$transaction(async (tx) => {
      // On tables this small the planner prefers reading them whole (or walking the primary key):
      // forbid both to see which indexes the query's shape lets it use.
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_indexscan = off");
      const sql = claimSearchSql("بلومبرغ", parseSearchQuery({ q: "بلومبرغ" }));
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    for (const index of ["Claim_searchVector_idx", "SearchTerm_lexeme_idx", "Source_searchText_idx", "Appearance_sourceId_idx"]) {
      expect(plan, `${index} in\n${plan}`).toContain(index);
    }
  });
});
