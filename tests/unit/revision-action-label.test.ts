import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/messages";
import { revisionActionLabel } from "@/lib/revisions/revision-action-label";

const arabic = translator("ar");
const english = translator("en");
const shownAt = new Map([["42", "26 January 2024 at 09:30"]]);

/** The label the history shows for a stored action, with revision 42 listed. */
const label = (action: string, t = english) => revisionActionLabel(action, t, shownAt);

describe("revisionActionLabel", () => {
  it("names the plain actions in the reader's language", () => {
    expect(label("create", arabic)).toBe("أُنشئ");
    expect(label("update")).toBe("Edited");
    expect(label("verdict")).toBe("Verdict set");
    expect(label("unlink")).toBe("Link removed");
  });

  it("names the status a claim was moved to", () => {
    expect(label("status.published", arabic)).toBe("نُقل إلى «منشور»");
    expect(label("status.in_review")).toBe("Moved to “In review”");
  });

  it("names a restored version by when it was made, when that revision is listed", () => {
    expect(label("restore.42")).toBe("The version of 26 January 2024 at 09:30 was restored");
    expect(label("restore.7")).toBe("An earlier version was restored");
  });

  it("names a link by its type, and an untyped one plainly", () => {
    expect(label("link.denies", arabic)).toBe("أُضيف رابط: ينفي");
    expect(label("link")).toBe("Link added");
  });

  it("shows an action it does not know as stored", () => {
    expect(label("merge.s-1")).toBe("merge.s-1");
    expect(label("status.frozen")).toBe("status.frozen");
    expect(label("link.cites")).toBe("link.cites");
  });
});
