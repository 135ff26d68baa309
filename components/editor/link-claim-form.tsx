"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/form-status";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import { idleForm, type FormAction } from "@/lib/http/form-state";
import { excerpt } from "@/lib/text/excerpt";
import { LINK_TYPES, type LinkType } from "@/lib/vocabulary";
import { lookupClaims, type FoundClaim } from "./lookup-claims";


/** Links this claim to another one, found by its words. */
export function LinkClaimForm<Result>({
  claimId,
  action,
  messages,
  typeLabels,
}: {
  claimId: string;
  action: FormAction<Result>;
  messages: ClientMessages;
  typeLabels: Record<LinkType, string>;
}) {
  const t = clientTranslator(messages);
  const [state, formAction] = useActionState(action, idleForm);
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<FoundClaim[]>([]);
  const [target, setTarget] = useState<FoundClaim | null>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      if (query.trim().length < 3) return setFound([]);
      const claims = await lookupClaims(query, claimId);
      if (claims && !cancelled) setFound(claims);
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, claimId]);

  return (
    <form action={formAction} className="space-y-3 rounded border border-stone-200 p-3" data-testid="link-form">
      <FormMessage state={state} />
      <input type="hidden" name="fromClaimId" value={claimId} />
      <input type="hidden" name="toClaimId" value={target?.id ?? ""} />
      <label className="block">
        <span className="mb-1 block font-semibold">{t("editor.links.type")}</span>
        <select name="type" className="w-full rounded border border-stone-300 bg-white px-3 py-2">
          {LINK_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeLabels[type]}
            </option>
          ))}
        </select>
      </label>
      {target ? (
        <p className="flex items-center gap-2 rounded border border-stone-300 bg-white p-2">
          <bdi className="grow">
            {target.claimantName}: {excerpt(target.text, 120)}
          </bdi>
          <button type="button" className="text-sm text-accent" onClick={() => setTarget(null)}>
            {t("editor.source.clear")}
          </button>
        </p>
      ) : (
        <label className="block">
          <span className="mb-1 block font-semibold">{t("editor.links.target")}</span>
          <input value={query} onChange={(event) => setQuery(event.target.value)} dir="auto" className="w-full rounded border border-stone-300 bg-white px-3 py-2" aria-describedby="link-target-hint" />
          <span id="link-target-hint" className="text-sm text-muted">
            {t("editor.links.targetHint")}
          </span>
          <ul className="mt-1 space-y-1">
            {found.map((claim) => (
              <li key={claim.id}>
                <button type="button" className="text-start text-accent" onClick={() => setTarget(claim)}>
                  <bdi>
                    {claim.claimantName}: {excerpt(claim.text, 120)}
                  </bdi>
                </button>
              </li>
            ))}
          </ul>
        </label>
      )}
      {state.status === "error" && state.fieldErrors.toClaimId && <p className="text-sm text-deny">{state.fieldErrors.toClaimId.join(" ")}</p>}
      <SubmitButton label={t("editor.links.add")} />
    </form>
  );
}
