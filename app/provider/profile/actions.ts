"use server";
import { ownEntry, storeImage } from "@/db/queries/profile";
import { createSupportRequest } from "@/db/queries/support-requests";
import { ActionError } from "@/lib/errors";
import { action } from "@/lib/action";
import { changeAudit, requestedChanges, sameLocations, sortLocations } from "@/lib/support-requests";
import { MAX_LOGO_BYTES, detectImageType, profileChangeSchema } from "@/lib/validation/profile";
import { msg } from "@/lib/i18n/message";

/**
 * Asks the program to change the provider's public entry. Only what differs from the entry as it
 * stands is recorded (null = unchanged), and a request must ask for something.
 */
export const requestProfileChange = action(
  {
    name: "profile.request_change",
    permission: "profile.requestChange",
    schema: profileChangeSchema,
    revalidate: ["/provider/profile"],
  },
  async (input, { viewer, audit }) => {
    const current = await ownEntry(viewer);
    let logoImageId: string | null = null;
    if (input.logo) {
      const bytes = Buffer.from(await input.logo.arrayBuffer());
      if (bytes.length > MAX_LOGO_BYTES) throw new ActionError(msg("validation.constraint.logoSize"), "logo");
      const type = detectImageType(bytes);
      if (!type) throw new ActionError(msg("validation.constraint.logoType"), "logo");
      logoImageId = await storeImage(viewer, bytes, type);
    }
    const change = {
      companyName: input.companyName !== current.displayName ? input.companyName : null,
      logoImageId,
      locations: sameLocations(input.locations, current.locations) ? null : sortLocations(input.locations),
    };
    const changes = requestedChanges(change);
    if (changes.length === 0) throw new ActionError(msg("profile.nothingChanged"));
    const request = await createSupportRequest(viewer, { ...change, note: input.note });
    audit({
      targetType: "support_request",
      targetId: request.id,
      ...changeAudit(current, change),
      summary: `Requested a change of ${changes.join(", ")}`,
    });
    return { message: msg("profile.submitted") };
  },
);
