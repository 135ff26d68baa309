/** A claim as the desk's claim lookup (app/editor/lookup/claims) answers it. */
export type FoundClaim = { id: string; text: string; claimantName: string };

/** Claims like `text` (leaving out `exclude`), posted in the body; null when the server refused. */
export async function lookupClaims(text: string, exclude?: string): Promise<FoundClaim[] | null> {
  const response = await fetch("/editor/lookup/claims", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text, exclude }),
  });
  return response.ok ? ((await response.json()) as { claims: FoundClaim[] }).claims : null;
}
