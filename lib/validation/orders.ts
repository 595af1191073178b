import { z } from "./zod";
import { orderKind } from "@/db/schema";
import { day } from "./activity";

/** Orders list filters, as they appear in the URL: anything malformed is simply no filter. */
export const orderListSchema = z.object({
  customer: z.uuid().optional().catch(undefined),
  reseller: z
    .union([z.uuid(), z.literal("none")])
    .optional()
    .catch(undefined),
  kind: z.enum(orderKind.enumValues).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  after: z.string().max(400).optional().catch(undefined),
});
