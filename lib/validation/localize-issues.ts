import { z } from "zod";
import { isMessageKey, translate, type Locale } from "@/lib/i18n/messages";

/**
 * Turns zod issues into messages an editor can act on, keyed by field path.
 * Schemas carry message keys for their own rules; zod's generic codes get our
 * friendlier wording, and anything else falls back to zod's own locale.
 */
export function localizeIssues(issues: z.core.$ZodIssue[], locale: Locale): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  const add = (path: PropertyKey[], message: string) => {
    const messages = (fieldErrors[path.map(String).join(".") || "_form"] ??= []);
    if (!messages.includes(message)) messages.push(message);
  };
  for (const issue of issues) {
    const message = issueMessage(issue, locale);
    add(issue.path, message);
    // A list of values (tags, aliases) is one field on a form, which shows only
    // that field's errors: an item's error is repeated there, naming the item.
    if (typeof issue.path.at(-1) === "number") add(issue.path.slice(0, -1), listItemMessage(issue, message, locale));
  }
  return fieldErrors;
}

// Long enough to find the item among the others, short enough to read as a name.
const NAMED_ITEM_LENGTH = 40;

/** An item's message naming the item, when the issue kept its input (parseInput asks zod to). */
function listItemMessage(issue: z.core.$ZodIssue, message: string, locale: Locale): string {
  if (typeof issue.input !== "string" || !issue.input.trim()) return message;
  const item = issue.input.length > NAMED_ITEM_LENGTH ? `${issue.input.slice(0, NAMED_ITEM_LENGTH)}…` : issue.input;
  // Isolated (FSI … PDI), so a Latin item cannot reorder the Arabic sentence around it.
  return translate(locale, "validation.listItem", { item: `\u2068${item}\u2069`, message });
}

/**
 * zod's English defaults all open with one of these words. Rebuilding the
 * default from the issue to compare would need the issue's input (an
 * invalid_type default names what it received), which zod keeps only when
 * asked (reportInput), so it would fail for issues parsed without it. The
 * schemas here write message keys, never English sentences of their own, so
 * treating such an opening as zod's is safe.
 */
const ZOD_DEFAULT_WORDING = /^(Invalid|Too big:|Too small:|Unrecognized key)/;

function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  if (isMessageKey(issue.message)) return translate(locale, issue.message);
  // A schema's own sentence (not a key) is kept as written rather than replaced by a generic one.
  if (!ZOD_DEFAULT_WORDING.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return translate(locale, "validation.required");
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return translate(locale, "validation.required");
      if (issue.origin === "string") return translate(locale, "validation.tooShort", { min: Number(issue.minimum) });
      break;
    case "too_big":
      if (issue.origin === "string") return translate(locale, "validation.tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array") return translate(locale, "validation.tooMany", { max: Number(issue.maximum) });
      break;
    case "invalid_format":
      if (issue.format === "url") return translate(locale, "validation.url");
      if (issue.format === "email") return translate(locale, "validation.email");
      break;
    case "invalid_value":
      return translate(locale, "validation.choice");
  }
  const zodLocale = locale === "ar" ? z.locales.ar() : z.locales.en();
  // The locale maps raw issues (typed by the input they saw); a finished issue is one, with its message filled in.
  const fallback = zodLocale.localeError(issue as z.core.$ZodRawIssue);
  return typeof fallback === "string" ? fallback : (fallback?.message ?? issue.message);
}
