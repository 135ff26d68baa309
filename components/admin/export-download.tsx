"use client";

import { useState } from "react";
import { clientTranslator, type ClientMessages } from "@/lib/i18n/client-messages";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Preferences } from "@/lib/i18n/preferences";

type Progress = { state: "idle" } | { state: "running"; done: number; total: number } | { state: "saved"; total: number } | { state: "failed" };

const NEWLINE = 10;

/**
 * A download with a progress bar: the server says how many lines the file
 * will have (X-Isnad-Lines) and the page counts them as they arrive. The file
 * is handed to the browser only once complete, so a broken connection never
 * leaves a truncated archive behind. Without JavaScript it is a plain link.
 */
export function ExportDownload({ href, fileLabel, messages, prefs }: { href: string; fileLabel: string; messages: ClientMessages; prefs: Pick<Preferences, "locale" | "digits"> }) {
  const [progress, setProgress] = useState<Progress>({ state: "idle" });
  const t = clientTranslator(messages);
  const number = (value: number) => formatNumber(value, prefs);

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (progress.state === "running") return;
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const total = Number(response.headers.get("X-Isnad-Lines") ?? 0);
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? "export";
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let done = 0;
      setProgress({ state: "running", done, total });
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        parts.push(chunk.value);
        for (const byte of chunk.value) if (byte === NEWLINE) done += 1;
        setProgress({ state: "running", done: Math.min(done, total), total });
      }
      const url = URL.createObjectURL(new Blob(parts, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setProgress({ state: "saved", total: done });
    } catch {
      setProgress({ state: "failed" });
    }
  }

  return (
    <div className="space-y-2">
      <a href={href} download onClick={download} aria-label={`${t("admin.export.download")}: ${fileLabel}`} className="inline-block rounded bg-accent px-4 py-2 text-white no-underline hover:opacity-90">
        {t("admin.export.download")}
      </a>
      <div aria-live="polite" className="text-sm">
        {progress.state === "running" && (
          <>
            <progress className="block w-full max-w-sm" max={progress.total || undefined} value={progress.done} />
            {t("admin.export.progress", { done: number(progress.done), total: number(progress.total) })}
          </>
        )}
        {progress.state === "saved" && <p>{t("admin.export.saved", { total: number(progress.total) })}</p>}
        {progress.state === "failed" && <p role="alert">{t("admin.export.failed")}</p>}
      </div>
    </div>
  );
}
