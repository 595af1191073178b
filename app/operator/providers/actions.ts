"use server";
import { setListed } from "@/db/queries/profile";
import { PROVIDER_LIST_TAG } from "@/lib/provider-list";
import { action } from "@/lib/action";
import { setListedSchema } from "@/lib/validation/profile";
import { msg } from "@/lib/i18n/message";

/** Shows or hides a provider's entry on the public list (the entry itself is kept). */
export const setProviderListed = action(
  {
    name: "provider_profile.listing",
    permission: "operator.providers",
    schema: setListedSchema,
    revalidate: ["/operator/providers", "/providers"],
    revalidateTags: [PROVIDER_LIST_TAG],
  },
  async ({ providerId, listed }, { viewer, audit }) => {
    const { displayName } = await setListed(viewer, providerId, listed);
    audit({
      action: listed ? "provider_profile.list" : "provider_profile.unlist",
      providerId,
      targetType: "provider_profile",
      targetId: providerId,
      before: { listed: !listed },
      after: { listed },
      summary: `${displayName} ${listed ? "listed on" : "removed from"} the official list`,
    });
    return { message: msg(listed ? "operator.providers.isListed" : "operator.providers.isUnlisted", { name: displayName }) };
  },
);
