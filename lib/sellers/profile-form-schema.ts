import type { z } from "zod";
import { SellerProfileFields, phone, withSellerProfileChecks } from "./seller-profile-schema";

// The profile page of a registered seller (its administrator, or the facilitator who assisted
// it): the profile, and the mobile number of the person buyers and officials call.
export const ProfileFormSchema = withSellerProfileChecks(SellerProfileFields.extend({ contactMobile: phone.optional() }));

export type ProfileFormInput = z.output<typeof ProfileFormSchema>;
