import { describe, expect, it } from "vitest";
import { z } from "zod";
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
});
