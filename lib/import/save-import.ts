import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { recordClaimChange } from "@/lib/claims/claim-change";
import { claimSnapshot } from "@/lib/claims/claim-snapshot";
import { createClaimInput, insertClaim } from "@/lib/claims/create-claim";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/messages";
import { recordRevision } from "@/lib/revisions/record-revision";
import { createSourceInput, insertSource } from "@/lib/sources/create-source";
import { createStoryInput, insertStory } from "@/lib/stories/create-story";
import { defineUseCase } from "@/lib/use-case";
import { id, optionalText, storyStatusSchema } from "@/lib/validation/fields";
import { ValidationError } from "@/lib/validation/parse-input";
import { importDraftSchema, type DraftAppearance, type ReviewedImportDraft } from "./import-draft.types";
import { isRecordId } from "@/lib/validation/path-segments";

const storyChoice = z.discriminatedUnion("kind", [
  // Named after the article's headline unless the editor names it.
  z.object({ kind: z.literal("new"), title: optionalText(300), status: storyStatusSchema.default("draft") }),
  z.object({ kind: z.literal("existing"), id }),
]);

export const saveImportInput = z.object({
  draft: importDraftSchema,
  story: storyChoice.prefault({ kind: "new" }),
});
export type SaveImportInput = z.input<typeof saveImportInput>;
export type SaveImportResult = Awaited<ReturnType<typeof saveImport>>;

type Path = (string | number)[];

/**
 * Saves a reviewed import in one transaction: the sources it names that are
 * not known yet, a story (or an existing one), the claims as drafts with
 * their attribution chains and tags, the links between them, a revision for
 * each, and the saved import itself (SavedImport: what it created, and the
 * reviewed draft with the sentence each piece came from) with its "import"
 * revision. Anything refused leaves nothing behind.
 */
export const saveImport = defineUseCase({
  action: "import.save",
  input: saveImportInput,
  async run({ actor, input, tx }) {
    const { draft } = input;
    const sources = await resolveSources(tx, actor, draft);
    const story = await resolveStory(tx, actor, input);

    const claimIds = new Map<string, string>();
    const claims = [];
    for (const [index, claim] of draft.claims.entries()) {
      const appearances = draft.appearances.flatMap((appearance, at) => (appearance.claimKey === claim.key ? [{ appearance, at }] : []));
      const fields = parseAt(
        createClaimInput,
        {
          claimantId: sources.get(claim.claimantKey)!.id,
          saidAt: claim.saidAt,
          saidAtPrecision: claim.saidAtPrecision,
          text: claim.text,
          language: claim.language,
          summary: claim.summary,
          status: "draft",
          tags: draft.tags,
          storyIds: [story.id],
          appearances: appearances.map(({ appearance }) => appearanceFields(appearance, sources.get(appearance.sourceKey)!.id)),
        },
        (path) => {
          const [field, position, ...rest] = path;
          if (field === "claimantId") return ["draft", "claims", index, "claimantKey"];
          if (field === "tags") return ["draft", ...path];
          if (field === "appearances" && typeof position === "number") return ["draft", "appearances", appearances[position]!.at, ...rest];
          return ["draft", "claims", index, ...path];
        },
      );
      const saved = await insertClaim(tx, actor, fields);
      claimIds.set(claim.key, saved.id);
      claims.push({ key: claim.key, id: saved.id, role: claim.role, appearanceIds: saved.appearances.map((appearance) => appearance.id) });
    }

    const links = [];
    const written = new Set<string>();
    for (const link of draft.links) {
      const fromClaimId = claimIds.get(link.fromKey)!;
      const toClaimId = claimIds.get(link.toKey)!;
      // The same link twice in a draft is one link.
      if (written.has(`${fromClaimId} ${toClaimId} ${link.type}`)) continue;
      written.add(`${fromClaimId} ${toClaimId} ${link.type}`);
      const before = await claimSnapshot(tx, fromClaimId);
      await tx.claimLink.create({ data: { fromClaimId, toClaimId, type: link.type } });
      const after = await claimSnapshot(tx, fromClaimId);
      await recordClaimChange(tx, actor, { entityId: fromClaimId, action: `link.${link.type}`, before, after });
      links.push({ fromKey: link.fromKey, toKey: link.toKey, type: link.type });
    }

    const result = {
      id: randomUUID(),
      story,
      claims,
      sources: [...sources].map(([key, source]) => ({ key, ...source })),
      links,
      tags: draft.tags,
    };
    await tx.savedImport.create({
      data: {
        id: result.id,
        storyId: story.id,
        storyCreated: story.created,
        tags: result.tags,
        linkCount: links.length,
        draft,
        claims: {
          create: claims.map((claim, position) => ({
            claimId: claim.id,
            position,
            key: claim.key,
            role: claim.role,
            appearanceCount: claim.appearanceIds.length,
          })),
        },
        sources: {
          create: result.sources.map((source, position) => ({ key: source.key, position, sourceId: source.id, created: source.created })),
        },
      },
    });
    await recordRevision(tx, actor, { entityType: "import", entityId: result.id, action: "create", after: { ...result, draft } });
    return result;
  },
});

/**
 * The database source of every draft source a claim or appearance uses:
 * the known source it was matched to (which must still be live), or a new
 * one, created with the source it speaks for. Unused sources are not created.
 */
async function resolveSources(tx: Tx, actor: Actor, draft: ReviewedImportDraft) {
  const byKey = new Map(draft.sources.map((source, index) => [source.key, { source, index }]));
  // The sources the claims use, and the bodies the new ones among them speak for.
  const used = new Set<string>();
  const markUsed = (key: string) => {
    if (used.has(key)) return;
    used.add(key);
    const { source } = byKey.get(key)!;
    if (source.matchedSourceId === null && source.affiliationKey !== null) markUsed(source.affiliationKey);
  };
  for (const claim of draft.claims) markUsed(claim.claimantKey);
  for (const appearance of draft.appearances) markUsed(appearance.sourceKey);

  // An id no source could have (a hand-edited draft) is simply not among the live ones.
  const matchedIds = [...used].flatMap((key) => byKey.get(key)!.source.matchedSourceId ?? []).filter(isRecordId);
  const live = await tx.source.findMany({
    where: { id: { in: matchedIds }, deletedAt: null, mergedIntoId: null },
    select: { id: true, status: true },
  });
  const liveById = new Map(live.map((source) => [source.id, source]));
  const unavailable = [...used].filter((key) => {
    const matched = byKey.get(key)!.source.matchedSourceId;
    return matched !== null && !liveById.has(matched);
  });
  if (unavailable.length > 0) {
    throw refuse(unavailable.map((key) => [["draft", "sources", byKey.get(key)!.index, "matchedSourceId"], "importer.error.sourceUnavailable"]));
  }

  const resolved = new Map<string, { id: string; status: string; created: boolean }>();
  const resolving = new Set<string>();
  const resolve = async (key: string): Promise<{ id: string; status: string; created: boolean }> => {
    const done = resolved.get(key);
    if (done) return done;
    const { source, index } = byKey.get(key)!;
    if (source.matchedSourceId !== null) {
      const known = { ...liveById.get(source.matchedSourceId)!, created: false };
      resolved.set(key, known);
      return known;
    }
    if (resolving.has(key)) throw refuse([[["draft", "sources", index, "affiliationKey"], "admin.sources.affiliationLoop"]]);
    resolving.add(key);
    const affiliation = source.affiliationKey === null ? null : await resolve(source.affiliationKey);
    const affiliationName = source.affiliationKey === null ? "" : byKey.get(source.affiliationKey)!.source.name;
    const created = await insertSource(
      tx,
      actor,
      parseAt(
        createSourceInput,
        {
          name: source.name,
          kind: source.kind,
          affiliationId: affiliation?.id ?? null,
          // "المتحدث باسم" + "الكرملين": the role as the article gives it.
          description: source.role ? `${source.role} ${affiliationName}`.trim() : null,
        },
        (path) => ["draft", "sources", index, ...path],
      ),
    );
    const entry = { id: created.id, status: created.status, created: true };
    resolved.set(key, entry);
    return entry;
  };
  for (const key of used) await resolve(key);
  return resolved;
}

async function resolveStory(tx: Tx, actor: Actor, input: z.output<typeof saveImportInput>) {
  const choice = input.story;
  if (choice.kind === "existing") {
    const story = await tx.story.findFirst({ where: { id: choice.id, deletedAt: null } });
    if (!story) throw refuse([[["story", "id"], "importer.error.storyUnavailable"]]);
    return { id: story.id, slug: story.slug, title: story.title, status: story.status, created: false };
  }
  const story = await insertStory(
    tx,
    actor,
    parseAt(createStoryInput, { title: choice.title ?? input.draft.article.headline, status: choice.status, tags: input.draft.tags }, (path) =>
      path[0] === "tags" ? ["draft", ...path] : ["story", ...path],
    ),
  );
  return { id: story.id, slug: story.slug, title: story.title, status: story.status, created: true };
}

/** A draft appearance as a claim's appearance: a full timestamp is exact, a date is a day. */
function appearanceFields(appearance: DraftAppearance, sourceId: string) {
  return {
    key: appearance.key,
    sourceId,
    url: appearance.url,
    title: appearance.title,
    quote: appearance.quote,
    publishedAt: appearance.publishedAt,
    publishedAtPrecision: appearance.publishedAt && appearance.publishedAt.length > 10 ? ("exact" as const) : ("day" as const),
    viaKey: appearance.viaKey,
  };
}

/**
 * Validates one record the import writes with its own use-case's schema, so
 * an import keeps the same limits as a form; a refusal names the field of
 * the draft the editor sees.
 */
function parseAt<Schema extends z.ZodType>(schema: Schema, value: z.input<Schema>, pathInDraft: (path: Path) => Path): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ValidationError(result.error.issues.map((issue) => ({ ...issue, path: pathInDraft(issue.path as Path) })));
  }
  return result.data;
}

function refuse(problems: [Path, MessageKey][]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, message] of problems) (fieldErrors[path.join(".")] ??= []).push(message);
  return new AppError(422, "error.validation", { fieldErrors });
}
