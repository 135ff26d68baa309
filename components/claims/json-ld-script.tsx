import { jsonForScript } from "@/lib/reader/claim-review";

/** Structured data for machines (schema.org JSON-LD), escaped so no claim text can break out of the script. */
export function JsonLdScript({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
