"use client";
import { useState } from "react";

/** Copies `text` to the clipboard; the text stays selectable beside it for browsers that refuse. */
export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="mt-2 rounded border border-stone-300 px-3 py-1 text-sm"
      onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
