"use client";

import { startTransition, useActionState, useEffect, useState } from "react";
import { FormMessage } from "@/components/forms/form-status";
import type { ClaimSnapshot } from "@/lib/claims/claim-snapshot";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import type { clientTranslator } from "@/lib/i18n/client-messages";
import { excerpt } from "@/lib/text/excerpt";
import type { AnswerKind } from "@/lib/vocabulary";
import { lookupClaims, type FoundClaim } from "./lookup-claims";

type Translator = ReturnType<typeof clientTranslator>;

/**
 * On an answer's form: the answer may already be logged (the same denial,
 * carried by another outlet), and is then linked to the claim it answers
 * rather than entered twice.
 */
export type LinkInstead = {
  action: FormAction<ClaimSnapshot>;
  toClaimId: string;
  type: AnswerKind;
  /** The answer form's autosaved draft, forgotten once the link is made. */
  draftKey: string;
};

/** Existing claims that look like the one being typed, so a duplicate is caught before it is saved. */
export function SimilarClaims({ text, t, linkInstead }: { text: string; t: Translator; linkInstead?: LinkInstead }) {
  const [similar, setSimilar] = useState<FoundClaim[]>([]);

  useEffect(() => {
    const query = text.trim();
    let cancelled = false;
    const timer = setTimeout(async () => {
      if (query.length < 8) return setSimilar([]);
      const found = await lookupClaims(query, linkInstead?.toClaimId);
      if (found && !cancelled) setSimilar(found);
    }, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, linkInstead]);

  if (similar.length === 0) return null;
  return (
    <aside className="rounded border border-amber-300 bg-amber-50 p-3" aria-live="polite" data-testid="similar-claims">
      <h3 className="font-semibold">{t("editor.similar.title")}</h3>
      <p className="mb-2 text-sm">{t(linkInstead ? "editor.similar.answerHint" : "editor.similar.hint")}</p>
      <ul className="space-y-2">
        {similar.map((claim) => (
          <li key={claim.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span>
              <bdi className="font-semibold">{claim.claimantName}</bdi>: <bdi>{excerpt(claim.text, 140)}</bdi>
            </span>
            <a href={`/editor/claims/${claim.id}`} target="_blank" rel="noopener">
              {t("editor.similar.open")}
            </a>
            {linkInstead && <LinkInsteadButton claimId={claim.id} linkInstead={linkInstead} t={t} />}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * A button, not a form: this list sits inside the claim form, and forms do not
 * nest. The link's fields are sent as the link form would send them.
 */
function LinkInsteadButton({ claimId, linkInstead, t }: { claimId: string; linkInstead: LinkInstead; t: Translator }) {
  const [state, link, pending] = useActionState(linkInstead.action, idleForm);
  const submit = () => {
    const form = new FormData();
    form.set("fromClaimId", claimId);
    form.set("toClaimId", linkInstead.toClaimId);
    form.set("type", linkInstead.type);
    form.set("draftKey", linkInstead.draftKey);
    startTransition(() => link(form));
  };
  return (
    <>
      <button type="button" onClick={submit} disabled={pending} className="rounded border border-accent px-2 py-0.5 text-sm text-accent disabled:opacity-60">
        {t(linkInstead.type === "denies" ? "editor.similar.linkAsDenial" : "editor.similar.linkAsConfirmation")}
      </button>
      <FormMessage state={state} />
    </>
  );
}
