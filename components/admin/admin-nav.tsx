"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The admin desk's sections; the current one is marked for screen readers and by its style. */
export function AdminNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/admin" ? pathname === href : pathname.startsWith(href));
  return (
    <nav aria-label={label} className="no-print mb-6 flex flex-wrap gap-1 border-b border-stone-200 pb-2 text-sm">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={isCurrent(link.href) ? "page" : undefined}
          className="rounded px-3 py-1 no-underline hover:bg-stone-100 aria-[current=page]:bg-accent-soft aria-[current=page]:font-semibold"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
