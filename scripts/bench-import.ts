/**
 * `npm run bench:import`: how the article parser's time grows with its input.
 * For a long realistic article and each pathological body the unit tests feed
 * it (tests/unit/import/long-articles.ts), parses the text at one, two and
 * four times its size and checks that four times the text takes at most
 * MAX_GROWTH times as long: linear is 4, quadratic 16; 8 leaves room for a noisy machine. Ratios within one run,
 * so a busy machine slows every size alike and the check still holds.
 */
import { parseArticle } from "@/lib/import/parse-article";
import { KNOWN_SOURCES, KNOWN_TAGS } from "@/tests/unit/import/helpers";
import { PATHOLOGICAL_BODIES, longArticle } from "@/tests/unit/import/long-articles";

const MAX_GROWTH = 8;
const context = { knownSources: KNOWN_SOURCES, knownTags: KNOWN_TAGS };

/** The fastest of three parses: what the parser costs, not what the machine adds. */
function fastestParse(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    parseArticle(text, context);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const cases: [string, (scale: number) => string][] = [
  ["realistic article, 50 kB per scale", (scale) => longArticle(50 * 1024 * scale)],
  ...Object.entries(PATHOLOGICAL_BODIES).map(([name, body]): [string, (scale: number) => string] => [name, (scale) => `عنوان\n${body(scale)}`]),
];

let failed = false;
console.log(`${"input".padEnd(36)}${"×1 ms".padStart(9)}${"×2 ms".padStart(9)}${"×4 ms".padStart(9)}  ×4/×1`);
for (const [name, build] of cases) {
  const [one, two, four] = [1, 2, 4].map((scale) => fastestParse(build(scale))) as [number, number, number];
  // Below a few milliseconds the ratio is noise: count the smallest size as at least 5 ms.
  const growth = four / Math.max(one, 5);
  const ok = growth <= MAX_GROWTH;
  if (!ok) failed = true;
  console.log(`${name.padEnd(36)}${one.toFixed(0).padStart(9)}${two.toFixed(0).padStart(9)}${four.toFixed(0).padStart(9)}  ${growth.toFixed(1).padStart(5)} ${ok ? "✓" : `✖ (more than ${MAX_GROWTH}: worse than linear)`}`);
}
process.exit(failed ? 1 : 0);
