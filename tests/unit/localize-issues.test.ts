import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cleanText } from "@/lib/validation/fields";
import { localizeIssues } from "@/lib/validation/localize-issues";

const schema = z.object({
  name: z.string().min(1),
  url: z.url(),
  custom: z.string().min(1, { error: "اكتب شيئًا هنا." }),
  keyed: z.string().min(1, { error: "validation.email" }),
});

const issuesOf = (input: unknown) => schema.safeParse(input).error!.issues;

describe("localizeIssues", () => {
  it("words zod's generic issues our way, in the reader's language", () => {
    const issues = issuesOf({ name: "", url: "x", custom: "a", keyed: "a" });
    expect(localizeIssues(issues, "ar")).toEqual({ name: ["هذا الحقل مطلوب."], url: ["أدخل رابطًا كاملًا يبدأ بـ https://"] });
    expect(localizeIssues(issues, "en")).toEqual({ name: ["This field is required."], url: ["Enter a full link starting with https://"] });
  });

  it("translates message keys and keeps a schema's own sentences", () => {
    const issues = issuesOf({ name: "a", url: "https://a.example", custom: "", keyed: "" });
    expect(localizeIssues(issues, "en")).toEqual({ custom: ["اكتب شيئًا هنا."], keyed: ["Enter a valid email address."] });
  });

  // zod drops the input from finished issues, so its "received …" wording cannot be rebuilt to compare with.
  it("never lets zod's English type errors through", () => {
    const cases = [
      { schema: z.object({ name: cleanText(200) }), input: { name: 5 }, field: "name" }, // POST /api/v1/sources
      { schema: z.object({ title: cleanText(300) }), input: { title: ["a"] }, field: "title" }, // POST /api/v1/stories
      { schema: z.object({ version: z.coerce.number().int().positive() }), input: { version: "x" }, field: "version" }, // DELETE /api/v1/claims/x
    ];
    for (const { schema, input, field } of cases) {
      const issues = schema.safeParse(input).error!.issues;
      expect(localizeIssues(issues, "ar")).toEqual({ [field]: ["هذا الحقل مطلوب."] });
      expect(localizeIssues(issues, "en")).toEqual({ [field]: ["This field is required."] });
    }
  });
});
