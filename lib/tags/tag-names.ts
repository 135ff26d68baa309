import { nameList } from "@/lib/validation/fields";

/** Tag names as a list (API) or comma-separated, in Arabic or Latin commas (forms). */
export const tagNames = nameList(80, 30);
