import { describe, expect, it } from "vitest";
import { mentionHandles } from "@/lib/notes/mentions";

describe("a note's @mentions", () => {
  it("reads handles and whole addresses, in any script, each once, without the sentence's punctuation", () => {
    expect(mentionHandles("@Sara راجعي المصدر، و@omar.k أيضًا. شكرًا @sara")).toEqual(["sara", "omar.k"]);
    expect(mentionHandles("cc @lina@desk.example.org.")).toEqual(["lina@desk.example.org"]);
    expect(mentionHandles("@ليلى")).toEqual(["ليلى"]);
  });

  it("leaves an email address in the text alone: an @ inside a word mentions no one", () => {
    expect(mentionHandles("write to press@ministry.example or see @")).toEqual([]);
  });
});
