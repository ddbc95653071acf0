import { z } from "zod";
import { email, personName } from "./registration-schema";
import { ALWAYS, SellerProfileFields, phone, withSellerProfileChecks } from "./seller-profile-schema";

// A facilitator registers a weaver, an artisan or an SHG: the profile, plus the person to
// contact. The e-mail is optional: many have none, and then the facilitator manages the profile.
export const AssistedSellerSchema = withSellerProfileChecks(
  SellerProfileFields.extend({
    contactName: personName,
    contactMobile: phone,
    contactEmail: email.optional(),
    // Set when the facilitator onboards someone registered for a Samvaad event.
    outreachRegistrationId: z.coerce.number().int().positive().optional(),
  }),
).superRefine((value, ctx) => {
  if (!value.isShg && !value.isArtisan && !value.isWeaver) ctx.addIssue({ code: "custom", path: ["isShg"], message: "sellers.errors.notAssistable" });
}, ALWAYS);

export type AssistedSellerInput = z.output<typeof AssistedSellerSchema>;
