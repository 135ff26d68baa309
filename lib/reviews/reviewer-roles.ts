import { roleMay } from "@/lib/permissions";
import { ROLES } from "@/lib/vocabulary";

/** The roles that may decide a review: whom a request can name, and whom one naming no one waits for. */
export const REVIEWER_ROLES = ROLES.filter((role) => roleMay(role, "review.decide"));
