import Link from "next/link";

/** A desk list's heading with its one primary action ("new claim", "new story", "new source"). */
export function DeskPageHeading({ title, newHref, newLabel }: { title: string; newHref: string; newLabel: string }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Link href={newHref} className="rounded bg-accent px-4 py-2 font-semibold text-white no-underline">
        {newLabel}
      </Link>
    </div>
  );
}
