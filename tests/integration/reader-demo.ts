import { db } from "@/lib/db/client";
import { DEMO_STORY_SLUG } from "@/lib/demo/seed-demo";

/** The ids of the worked example's three claims (seedDemo must have run). */
export async function demoClaimIds() {
  const story = await db().story.findUniqueOrThrow({ where: { slug: DEMO_STORY_SLUG }, include: { claims: { include: { claim: true } } } });
  const claims = story.claims.map((entry) => entry.claim);
  const find = (test: (text: string) => boolean) => claims.find((claim) => test(claim.text))!.id;
  return {
    report: find((text) => text.includes("يجس نبض")),
    denial: find((text) => text.startsWith("لا، هذا تقرير خاطئ")),
    followUp: find((text) => text.includes("الرياض")),
  };
}
