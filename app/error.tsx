"use client";

import { ErrorNotice } from "@/components/error-notice";

/** A page that failed to render, inside the site's layout. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice digest={error.digest} retry={reset} />;
}
