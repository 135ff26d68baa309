import { stringify } from "csv-stringify";
import { db, type Prisma } from "@/lib/db/client";

const PAGE = 1_000;

/** The spreadsheets an admin can download: every claim, every source. */
export const CSV_EXPORTS = ["claims", "sources"] as const;
export type CsvExport = (typeof CSV_EXPORTS)[number];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe (OWASP's advice on CSV injection): a claim's text is
 * whatever somebody said, and opening the file must not execute it.
 */
export function spreadsheetCell(value: string | null | undefined): string {
  if (value == null) return "";
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const claimSelect = {
  id: true,
  status: true,
  saidAt: true,
  saidAtPrecision: true,
  language: true,
  text: true,
  summary: true,
  verdictReasoning: true,
  publishedAt: true,
  updatedAt: true,
  claimant: { select: { slug: true, name: true } },
  verdict: { select: { key: true, labelAr: true, labelEn: true } },
  stories: { select: { story: { select: { slug: true } } } },
  tags: { select: { tag: { select: { slug: true } } } },
  appearances: { select: { url: true }, where: { url: { not: null } }, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], take: 1 },
} satisfies Prisma.ClaimSelect;

const sourceSelect = {
  id: true,
  slug: true,
  name: true,
  nameEn: true,
  aliases: true,
  kind: true,
  status: true,
  country: true,
  url: true,
  description: true,
  credibility: true,
  affiliation: { select: { slug: true } },
  mergedInto: { select: { slug: true } },
  deletedAt: true,
  _count: { select: { claims: true, appearances: true } },
} satisfies Prisma.SourceSelect;

const date = (value: Date | null) => value?.toISOString() ?? "";
const list = (values: string[]) => values.join("; ");

/** Every row of the spreadsheet, read a page at a time by id so memory stays flat. */
async function* pages<Row extends { id: string }>(read: (after: string | undefined) => Promise<Row[]>): AsyncGenerator<Row> {
  let after: string | undefined;
  for (;;) {
    const rows = await read(after);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.id;
  }
}

async function* claimRecords(): AsyncGenerator<string[]> {
  yield ["id", "status", "said_at", "said_at_precision", "language", "claimant", "claimant_slug", "text", "summary", "verdict", "verdict_ar", "verdict_en", "verdict_reasoning", "published_at", "updated_at", "stories", "tags", "first_url"];
  const claims = pages((after) =>
    db().claim.findMany({ where: { deletedAt: null, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take: PAGE, select: claimSelect }),
  );
  for await (const claim of claims) {
    yield [
      claim.id,
      claim.status,
      date(claim.saidAt),
      claim.saidAtPrecision,
      claim.language,
      spreadsheetCell(claim.claimant.name),
      claim.claimant.slug,
      spreadsheetCell(claim.text),
      spreadsheetCell(claim.summary),
      claim.verdict?.key ?? "",
      spreadsheetCell(claim.verdict?.labelAr),
      spreadsheetCell(claim.verdict?.labelEn),
      spreadsheetCell(claim.verdictReasoning),
      date(claim.publishedAt),
      date(claim.updatedAt),
      list(claim.stories.map(({ story }) => story.slug)),
      list(claim.tags.map(({ tag }) => tag.slug)),
      spreadsheetCell(claim.appearances[0]?.url),
    ];
  }
}

async function* sourceRecords(): AsyncGenerator<string[]> {
  yield ["id", "slug", "name", "name_en", "aliases", "kind", "status", "country", "url", "description", "credibility", "speaks_for", "merged_into", "deleted_at", "claims", "appearances"];
  const sources = pages((after) =>
    db().source.findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" }, take: PAGE, select: sourceSelect }),
  );
  for await (const source of sources) {
    yield [
      source.id,
      source.slug,
      spreadsheetCell(source.name),
      spreadsheetCell(source.nameEn),
      spreadsheetCell(list(source.aliases)),
      source.kind,
      source.status,
      source.country ?? "",
      spreadsheetCell(source.url),
      spreadsheetCell(source.description),
      source.credibility?.toString() ?? "",
      source.affiliation?.slug ?? "",
      source.mergedInto?.slug ?? "",
      date(source.deletedAt),
      String(source._count.claims),
      String(source._count.appearances),
    ];
  }
}

/**
 * A spreadsheet of the newsroom's claims or sources, as CSV text chunks
 * (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read
 * Arabic as Arabic).
 */
export async function* exportCsv(which: CsvExport): AsyncGenerator<string> {
  const csv = stringify({ bom: true });
  const records = which === "claims" ? claimRecords() : sourceRecords();
  const feed = (async () => {
    for await (const record of records) {
      if (!csv.write(record)) await new Promise((resolve) => csv.once("drain", resolve));
    }
    csv.end();
  })();
  feed.catch((error: unknown) => csv.destroy(error instanceof Error ? error : new Error(String(error))));
  for await (const chunk of csv) yield String(chunk);
  await feed;
}
