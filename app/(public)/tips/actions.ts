"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { formAction } from "@/lib/http/form-action";
import { tipStatusPath } from "@/lib/reader/paths";
import { submitTip } from "@/lib/tips/submit-tip";

export const sendTipAction = formAction(submitTip, {
  serverFields: async () => ({ channel: "web" as const, address: clientAddress(await headers()) }),
  redirectTo: (receipt) => tipStatusPath(receipt.trackingToken),
});
