import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { revisionActionLabel } from "@/lib/revisions/revision-action-label";

const arabic = translator("ar");
const english = translator("en");
const shownAt = new Map([["42", "26 January 2024 at 09:30"]]);

describe("revisionActionLabel", () => {
  it("names the plain actions in the reader's language", () => {
    expect(revisionActionLabel("create", arabic, shownAt)).toBe("أُنشئ");
    expect(revisionActionLabel("update", english, shownAt)).toBe("Edited");
    expect(revisionActionLabel("verdict", english, shownAt)).toBe("Verdict set");
    expect(revisionActionLabel("unlink", english, shownAt)).toBe("Link removed");
  });

  it("names the status a claim was moved to", () => {
    expect(revisionActionLabel("status.published", arabic, shownAt)).toBe("نُقل إلى «منشور»");
    expect(revisionActionLabel("status.in_review", english, shownAt)).toBe("Moved to “In review”");
  });

  it("names a restored version by when it was made, when that revision is listed", () => {
    expect(revisionActionLabel("restore.42", english, shownAt)).toBe("The version of 26 January 2024 at 09:30 was restored");
    expect(revisionActionLabel("restore.7", english, shownAt)).toBe("An earlier version was restored");
  });

  it("names a link by its type, and an untyped one plainly", () => {
    expect(revisionActionLabel("link.denies", arabic, shownAt)).toBe("أُضيف رابط: ينفي");
    expect(revisionActionLabel("link", english, shownAt)).toBe("Link added");
  });

  it("shows an action it does not know as stored", () => {
    expect(revisionActionLabel("merge.s-1", english, shownAt)).toBe("merge.s-1");
    expect(revisionActionLabel("status.frozen", english, shownAt)).toBe("status.frozen");
    expect(revisionActionLabel("link.cites", english, shownAt)).toBe("link.cites");
  });
});
