"use client";

import Link from "next/link";
import { ar, en } from "@/lib/i18n/messages/outage";

/**
 * What the error boundaries show, in both languages: the server could not
 * pick the reader's (it failed), and an outage is the likeliest cause.
 */
export function ErrorNotice({ digest, retry }: { digest?: string; retry: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-12 text-center" data-testid="error-notice">
      {([ar, en] as const).map((text, index) => (
        <section key={index} lang={index ? "en" : "ar"} dir={index ? "ltr" : "rtl"} className="mb-8">
          <h1 className="mb-3 text-2xl font-bold">{text["outage.errorTitle"]}</h1>
          <p className="mb-2">{text["outage.errorText"]}</p>
          <p className="mb-4 text-sm">{text["outage.draftsKept"]}</p>
          <button type="button" onClick={retry} className="rounded border px-4 py-2">
            {text["outage.retry"]}
          </button>{" "}
          <Link href="/" className="ms-4">
            {text["outage.home"]}
          </Link>
        </section>
      ))}
      {digest ? (
        <p className="text-xs text-gray-600" dir="ltr">
          {ar["outage.reference"]} · {en["outage.reference"]}: {digest}
        </p>
      ) : null}
    </div>
  );
}
