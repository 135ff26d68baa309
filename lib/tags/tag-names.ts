import { z } from "zod";
import { stripControlCharacters } from "@/lib/text/normalize-arabic";

/** Tag names as a list (API) or comma-separated, in Arabic or Latin commas (forms). */
export const tagNames = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((value) => {
    const list = typeof value === "string" ? value.split(/[\n,،]/) : (value ?? []);
    return [...new Set(list.map((name) => stripControlCharacters(name).trim()).filter(Boolean))];
  })
  .pipe(z.array(z.string().max(80)).max(30));
