import { defineUseCase } from "@/lib/use-case";
import { parseArticleInputSchema } from "./import-draft.types";
import { parseArticle } from "./parse-article";

/**
 * Reads a pasted article into a draft for review, against the newsroom's own
 * sources and tags so mentions match them instead of proposing duplicates.
 * Writes nothing: the editor saves the reviewed draft with `saveImport`.
 */
export const parseImport = defineUseCase({
  action: "import.parse",
  input: parseArticleInputSchema,
  async run({ input, tx }) {
    // Live sources only: a merged source's names live on in the one it was merged into.
    const knownSources = await tx.source.findMany({
      where: { deletedAt: null, mergedIntoId: null },
      select: { id: true, name: true, nameEn: true, aliases: true },
    });
    const tags = await tx.tag.findMany({ select: { name: true } });
    return parseArticle(input.text, { knownSources, knownTags: tags.map((tag) => tag.name) });
  },
});
