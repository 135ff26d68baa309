import type { Metadata } from "next";
import { pickLabels } from "@/components/admin/labels";
import { requirePermission } from "@/lib/auth/require-permission";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listApiTokens, type ApiTokenListEntry } from "@/lib/tokens/list-api-tokens";
import { AdminSection } from "@/components/admin/admin-section";
import { AdminTable } from "@/components/admin/admin-table";
import { CreateTokenForm, RevokeTokenForm } from "@/components/admin/token-forms";
import { createApiTokenAction, revokeApiTokenAction } from "./actions";
import { TOKEN_FORM_LABELS } from "@/components/admin/token-labels";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.tokens.title") };
}

const tokenState = (token: ApiTokenListEntry, now: Date) =>
  token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active";

export default async function TokensPage() {
  await requirePermission("token.manage", "/admin/tokens");
  const { t, prefs } = await getI18n();
  const tokens = await listApiTokens();
  const labels = pickLabels(t, TOKEN_FORM_LABELS);
  const now = new Date();
  const when = (date: Date | null, empty: string) => (date ? formatClaimTime(date, "exact", prefs) : empty);
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("admin.tokens.title")}</h1>
        <p className="text-muted">{t("admin.tokens.intro")}</p>
      </div>

      <AdminSection id="tokens-list" title={t("admin.tokens.list")}>
        {tokens.length === 0 ? (
          <p>{t("admin.tokens.empty")}</p>
        ) : (
          <AdminTable
            columns={{
              name: t("admin.tokens.name"),
              scope: t("admin.tokens.scope"),
              createdBy: t("admin.tokens.createdBy"),
              expiresAt: t("admin.tokens.expiresAt"),
              lastUsedAt: t("admin.tokens.lastUsedAt"),
              status: t("admin.tokens.status"),
            }}
            rows={tokens.map((token) => {
              const state = tokenState(token, now);
              return {
                key: token.id,
                id: `token-${token.id}`,
                testId: "token-row",
                cells: {
                  name: (
                    <>
                      <bdi className="block font-semibold">{token.name}</bdi>
                      <code dir="ltr" className="text-xs text-muted">
                        {token.prefix}…
                      </code>
                    </>
                  ),
                  scope: token.scopes.length ? (
                    <ul>
                      {token.scopes.map((scope) => (
                        <li key={scope}>{t(`admin.tokens.scope.${scope}`)}</li>
                      ))}
                    </ul>
                  ) : (
                    t("admin.tokens.scopeNone")
                  ),
                  createdBy: (
                    <>
                      <bdi>{token.createdBy.name}</bdi>
                      <span className="block text-xs text-muted">{formatClaimTime(token.createdAt, "day", prefs)}</span>
                    </>
                  ),
                  expiresAt: when(token.expiresAt, t("admin.tokens.never")),
                  lastUsedAt: when(token.lastUsedAt, t("admin.tokens.neverUsed")),
                  status: (
                    <div className="space-y-2">
                      <p data-testid="token-state">{t(`admin.tokens.state.${state}`)}</p>
                      {state === "active" && <RevokeTokenForm action={revokeApiTokenAction} token={token} labels={labels} />}
                    </div>
                  ),
                },
              };
            })}
          />
        )}
      </AdminSection>

      <AdminSection id="tokens-new" title={t("admin.tokens.new")}>
        <CreateTokenForm action={createApiTokenAction} labels={labels} today={now.toISOString().slice(0, 10)} />
      </AdminSection>
    </div>
  );
}
