import type { ReactNode } from "react";

/** A titled part of an admin page; the heading names the section for screen readers too. */
export function AdminSection({ id, title, className = "space-y-3", children }: { id: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
