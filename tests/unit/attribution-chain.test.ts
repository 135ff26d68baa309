import { describe, expect, it } from "vitest";
import { attributionChains } from "@/lib/reader/attribution-chain";

const hop = (id: string, viaId: string | null = null) => ({ id, viaId });

describe("attributionChains", () => {
  it("reads a four-hop chain from the last carrier back to the origin", () => {
    const chains = attributionChains([hop("anon"), hop("bloomberg", "anon"), hop("reuters", "bloomberg"), hop("kuwait", "reuters")]);
    expect(chains.map((chain) => chain.map((a) => a.id))).toEqual([["kuwait", "reuters", "bloomberg", "anon"]]);
  });

  it("gives one chain per branch when two outlets carried the same report", () => {
    const chains = attributionChains([hop("origin"), hop("a", "origin"), hop("b", "origin")]);
    expect(chains.map((chain) => chain.map((x) => x.id))).toEqual([
      ["a", "origin"],
      ["b", "origin"],
    ]);
  });

  it("stops on a corrupt loop instead of hanging", () => {
    const chains = attributionChains([hop("x", "y"), hop("y", "x"), hop("z", "x")]);
    expect(chains.map((chain) => chain.map((a) => a.id))).toEqual([["z", "x", "y"]]);
  });
});
