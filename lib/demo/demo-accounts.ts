import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { systemActor } from "@/lib/auth/actor";
import { generatePassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { saveUser } from "@/lib/users/save-user";

export type DemoAccount = { email: string; role: "editor" | "admin"; password: string };

const DEMO_USERS = [
  { email: "editor@isnad.local", name: "محرر تجريبي", role: "editor" },
  { email: "admin@isnad.local", name: "مدير تجريبي", role: "admin" },
] as const;

/**
 * Demo editor and admin accounts for a local install. Their passwords are
 * generated on first start and kept in the data folder (never in the
 * repository), so the terminal can show them on every start.
 */
export async function ensureDemoAccounts(dataDir: string): Promise<DemoAccount[]> {
  const file = path.join(dataDir, "demo-accounts.json");
  const saved: DemoAccount[] = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  const accounts: DemoAccount[] = [];
  for (const user of DEMO_USERS) {
    const known = saved.find((account) => account.email === user.email);
    const exists = await db().user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (known && exists) {
      accounts.push(known);
      continue;
    }
    if (exists) continue; // Made elsewhere (another machine, or by hand): its password is not ours to show.
    const password = generatePassword();
    await saveUser(systemActor("demo accounts"), { ...user, password });
    accounts.push({ email: user.email, role: user.role, password });
  }
  writeFileSync(file, JSON.stringify(accounts, null, 2), { mode: 0o600 });
  return accounts;
}
