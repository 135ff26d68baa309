import { describe, expect, it } from "vitest";
import { expandShortAffiliations } from "@/lib/import/coreference/expand-affiliations";
import { extractStatements } from "@/lib/import/statements/extract-attribution";
import { collectPeople } from "@/lib/import/entities/extract-people";
import { splitSentences } from "@/lib/import/tokenize/split-sentences";

function affiliations(...paragraphs: string[]) {
  const sentences = splitSentences(paragraphs);
  return expandShortAffiliations(extractStatements(sentences, collectPeople(sentences))).map(
    (statement) => statement.speaker.person?.affiliation ?? null,
  );
}

describe("expandShortAffiliations", () => {
  it("gives a spokesperson's short body the fuller name the article uses", () => {
    expect(affiliations("ينفي الجيش السوداني هذه الأنباء.", "وقال الناطق باسم الجيش نبيل عبد الله إن الخبر كاذب.")).toEqual([
      null,
      "الجيش السوداني",
    ]);
    expect(affiliations("ونفت وزارة الخارجية التقرير.", "وقال المتحدث باسم الخارجية أحمد أبو زيد إن الخبر كاذب.")).toEqual([
      null,
      "وزارة الخارجية",
    ]);
  });

  it("keeps the body as written when the article uses it so, or when several bodies fit", () => {
    expect(affiliations("ونفى الجيش التقرير.", "وقال الناطق باسم الجيش نبيل عبد الله إن الخبر كاذب.")).toEqual([null, "الجيش"]);
    expect(
      affiliations(
        "ونفى الجيش السوداني التقرير.",
        "ونفى الجيش الليبي التقرير.",
        "وقال الناطق باسم الجيش نبيل عبد الله إن الخبر كاذب.",
      ),
    ).toEqual([null, null, "الجيش"]);
  });
});
