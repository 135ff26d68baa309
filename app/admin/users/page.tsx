import type { Metadata } from "next";
import { pickLabels } from "@/components/admin/labels";
import { requirePermission } from "@/lib/auth/require-permission";
import { formatClaimTime } from "@/lib/i18n/format-date";
import { getI18n } from "@/lib/i18n/request-preferences";
import { listUsers } from "@/lib/users/list-users";
import { AdminSection } from "@/components/admin/admin-section";
import { AdminTable } from "@/components/admin/admin-table";
import { AccessForm, CreateUserForm, EndSessionsForm, RoleForm } from "@/components/admin/user-forms";
import { USER_FORM_LABELS } from "@/components/admin/user-labels";
import { changeUserRoleAction, createUserAction, endUserSessionsAction, setUserDisabledAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("admin.users.title") };
}

export default async function UsersPage() {
  const actor = await requirePermission("user.manage", "/admin/users");
  const { t, prefs } = await getI18n();
  const users = await listUsers();
  const labels = pickLabels(t, USER_FORM_LABELS);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t("admin.users.title")}</h1>

      <AdminSection id="users-list" title={t("admin.users.list")}>
        <p className="text-sm text-muted">{t("admin.users.listHint")}</p>
        <AdminTable
          columns={{ account: t("admin.users.account"), role: t("admin.users.role"), status: t("admin.users.status"), createdAt: t("admin.users.createdAt") }}
          rows={users.map((user) => ({
            key: user.id,
            id: `user-${user.id}`,
            testId: "user-row",
            cells: {
              account: (
                <>
                  <bdi className="block font-semibold">{user.name}</bdi>
                  <span dir="ltr" className="block text-muted">
                    {user.email}
                  </span>
                  {actor.kind === "user" && actor.id === user.id && <span className="text-xs text-muted">{t("admin.users.you")}</span>}
                </>
              ),
              role: <RoleForm action={changeUserRoleAction} user={user} labels={labels} />,
              status: (
                <div className="space-y-2">
                  <p>
                    {user.disabledAt
                      ? t("admin.users.disabledSince", { date: formatClaimTime(user.disabledAt, "day", prefs) })
                      : t("admin.users.active")}
                  </p>
                  <AccessForm action={setUserDisabledAction} user={{ id: user.id, email: user.email, disabled: Boolean(user.disabledAt) }} labels={labels} />
                  {!user.disabledAt && <EndSessionsForm action={endUserSessionsAction} user={user} labels={labels} />}
                </div>
              ),
              createdAt: <span className="whitespace-nowrap">{formatClaimTime(user.createdAt, "day", prefs)}</span>,
            },
          }))}
        />
      </AdminSection>

      <AdminSection id="users-new" title={t("admin.users.new")}>
        <CreateUserForm action={createUserAction} labels={labels} />
      </AdminSection>
    </div>
  );
}
