import { describe, expect, it } from "vitest";
import { restorableDraft } from "@/components/editor/use-autosaved-draft";

const loaded = { base: "نص محفوظ", version: 3 };

describe("restorableDraft", () => {
  it("offers back a draft that differs from what was loaded, on the copy it was typed on", () => {
    expect(restorableDraft({ value: "نص يُكتب", base: "نص محفوظ", version: 3 }, loaded)).toEqual({ value: "نص يُكتب", basis: loaded });
  });

  it("keeps a draft typed on an older copy on that copy, so saving it is a conflict", () => {
    const stored = { value: "نص يُكتب", base: "نص قديم", version: 2 };
    expect(restorableDraft(stored, loaded)).toEqual({ value: "نص يُكتب", basis: { base: "نص قديم", version: 2 } });
  });

  it("moves a draft onto the loaded version when only what this form does not edit was saved", () => {
    expect(restorableDraft({ value: "نص يُكتب", base: "نص محفوظ", version: 2 }, loaded)).toEqual({ value: "نص يُكتب", basis: loaded });
  });

  it("has nothing to offer when the draft is what was loaded, or nothing is stored", () => {
    expect(restorableDraft({ value: "نص محفوظ", base: "نص قديم", version: 2 }, loaded)).toBeNull();
    expect(restorableDraft(null, loaded)).toBeNull();
  });

  it("right after a save, drops the draft that was saved but keeps what was typed since", () => {
    expect(restorableDraft({ value: "ما حُفظ للتو", base: "نص قديم", version: 2 }, loaded, true)).toBeNull();
    // The URL still says "saved" when the editor reloads after typing more.
    expect(restorableDraft({ value: "نص كُتب بعد الحفظ", base: "نص محفوظ", version: 3 }, loaded, true)).toEqual({
      value: "نص كُتب بعد الحفظ",
      basis: loaded,
    });
  });
});
