"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label, className = "text-accent underline-offset-4 hover:underline" }: { label: string; className?: string }) {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className={className}>
      {label}
    </button>
  );
}
