/** The minimum an attribution chain needs of an appearance. */
export type ChainAppearance = { id: string; viaId: string | null };

/**
 * Every attribution chain of a claim, each read from where it was last
 * carried back to where it started: كويت نيوز ← رويترز ← بلومبرج ← مصدر.
 * A chain ends at each appearance nothing else was carried from; appearances
 * that carried nothing further are their own one-hop chains.
 */
export function attributionChains<A extends ChainAppearance>(appearances: A[]): A[][] {
  const byId = new Map(appearances.map((appearance) => [appearance.id, appearance]));
  const carriedFrom = new Set(appearances.map((appearance) => appearance.viaId).filter(Boolean));
  return appearances
    .filter((appearance) => !carriedFrom.has(appearance.id))
    .map((last) => {
      const chain: A[] = [];
      const seen = new Set<string>();
      // The database refuses cycles; `seen` only keeps a corrupt row from hanging a page.
      for (let hop: A | undefined = last; hop && !seen.has(hop.id); hop = hop.viaId ? byId.get(hop.viaId) : undefined) {
        seen.add(hop.id);
        chain.push(hop);
      }
      return chain;
    });
}
