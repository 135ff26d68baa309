"use client";

import { useEffect, useState } from "react";
import type { clientTranslator } from "@/lib/i18n/client-messages";

type Similar = { id: string; text: string; claimantName: string };

/** Existing claims that look like the one being typed, so a duplicate is caught before it is saved. */
export function SimilarClaims({ text, t }: { text: string; t: ReturnType<typeof clientTranslator> }) {
  const [similar, setSimilar] = useState<Similar[]>([]);

  useEffect(() => {
    const query = text.trim();
    let cancelled = false;
    const timer = setTimeout(async () => {
      if (query.length < 8) return setSimilar([]);
      const response = await fetch(`/editor/lookup/claims?q=${encodeURIComponent(query)}`);
      if (response.ok && !cancelled) setSimilar(((await response.json()) as { claims: Similar[] }).claims);
    }, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text]);

  if (similar.length === 0) return null;
  return (
    <aside className="rounded border border-amber-300 bg-amber-50 p-3" aria-live="polite" data-testid="similar-claims">
      <h3 className="font-semibold">{t("editor.similar.title")}</h3>
      <p className="mb-2 text-sm">{t("editor.similar.hint")}</p>
      <ul className="space-y-1">
        {similar.map((claim) => (
          <li key={claim.id}>
            <bdi className="font-semibold">{claim.claimantName}</bdi>: <bdi>{claim.text.slice(0, 140)}</bdi>{" "}
            <a href={`/editor/claims/${claim.id}`} target="_blank" rel="noopener">
              {t("editor.similar.open")}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
