import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { truncateToPrecision } from "@/lib/validation/fields";
import type { AppearanceInput } from "./claim-fields";

/**
 * Orders appearances so each comes after the one it was carried from, and
 * refuses unknown `via` keys and loops before anything reaches the database
 * (whose trigger is the last line of defence).
 */
export function orderByVia(appearances: AppearanceInput[]): AppearanceInput[] {
  const byKey = new Map(appearances.map((appearance) => [appearance.key, appearance]));
  if (byKey.size !== appearances.length) {
    throw new AppError(422, "error.validation", { fieldErrors: { appearances: ["error.duplicate"] } });
  }
  const ordered: AppearanceInput[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (appearance: AppearanceInput, index: number) => {
    if (state.get(appearance.key) === "done") return;
    if (state.get(appearance.key) === "visiting") {
      throw new AppError(422, "error.viaCycle", { fieldErrors: { [`appearances.${index}.viaKey`]: ["error.viaCycle"] } });
    }
    state.set(appearance.key, "visiting");
    if (appearance.viaKey) {
      const via = byKey.get(appearance.viaKey);
      if (!via) {
        throw new AppError(422, "error.validation", {
          fieldErrors: { [`appearances.${index}.viaKey`]: ["validation.choice"] },
        });
      }
      visit(via, appearances.indexOf(via));
    }
    state.set(appearance.key, "done");
    ordered.push(appearance);
  };
  appearances.forEach(visit);
  return ordered;
}

/** Replaces a claim's appearances with the given chain, in one go. */
export async function writeAppearances(tx: Tx, claimId: string, appearances: AppearanceInput[]): Promise<void> {
  await tx.appearance.updateMany({ where: { claimId }, data: { viaId: null } });
  await tx.appearance.deleteMany({ where: { claimId } });
  const idByKey = new Map<string, string>();
  for (const appearance of orderByVia(appearances)) {
    const created = await tx.appearance.create({
      data: {
        claimId,
        sourceId: appearance.sourceId,
        url: appearance.url,
        title: appearance.title,
        quote: appearance.quote,
        publishedAt: appearance.publishedAt
          ? truncateToPrecision(appearance.publishedAt, appearance.publishedAtPrecision)
          : null,
        publishedAtPrecision: appearance.publishedAtPrecision,
        viaId: appearance.viaKey ? idByKey.get(appearance.viaKey) : null,
      },
    });
    idByKey.set(appearance.key, created.id);
  }
}
