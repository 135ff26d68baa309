import { createSource } from "@/lib/sources/create-source";
import { actorWithRole } from "./actors";

/** What most write tests start from: an editor, an admin, and a live source to stand as claimant. */
export async function editorAdminAndClaimant() {
  const editor = await actorWithRole("editor");
  const admin = await actorWithRole("admin");
  const claimantId = (await createSource(admin, { name: "مصدر للاختبار", kind: "outlet" })).id;
  return { editor, admin, claimantId };
}

/** The least a valid claim by that claimant needs, with whatever a test changes in it. */
export const claimInput = (claimantId: string, overrides: Record<string, unknown> = {}) => ({
  claimantId,
  saidAt: "2024-01-26",
  saidAtPrecision: "day" as const,
  text: "نص ادعاء للاختبار",
  ...overrides,
});
