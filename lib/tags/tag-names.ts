import { z } from "zod";
import { cleanUserText } from "@/lib/validation/fields";

/** Tag names as a list (API) or comma-separated, in Arabic or Latin commas (forms). */
export const tagNames = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((value) => {
    const list = typeof value === "string" ? value.split(/[\n,،]/) : (value ?? []);
    return [...new Set(list.map(cleanUserText).filter(Boolean))];
  })
  .pipe(z.array(z.string().max(80)).max(30));
