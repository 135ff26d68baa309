"use client";

import { ErrorNotice } from "@/components/error-notice";
import { ar, en } from "@/lib/i18n/messages/outage";
import "./globals.css";

/** The layout itself failed (it reads the signed-in user, so a database outage lands here): the page stands alone. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ar" dir="rtl">
      <head>
        <title>{`${ar["outage.errorTitle"]} · ${en["outage.errorTitle"]}`}</title>
      </head>
      <body>
        <main id="main" className="mx-auto w-full max-w-4xl px-4 py-6">
          <ErrorNotice digest={error.digest} retry={reset} />
        </main>
      </body>
    </html>
  );
}
