import { z } from "zod";
import { email, personName } from "../sellers/registration-schema";
import { phone } from "../sellers/seller-profile-schema";

// The Samvaad forms, shared by the browser and the server actions. The domain checks what a
// form cannot know: the admin's area, the clock, the event's seats and who is registered.

const required = { error: "forms.errors.required" };
const choose = { error: "forms.errors.choose" };
const text = (min: number, max: number) => z.string(required).trim().min(min, required).max(max, { error: "forms.errors.tooLong" });
const id = z.coerce.number(choose).int(choose).positive(choose);
const key = z.string(required).regex(/^[A-Za-z0-9_-]{16,64}$/, required);

export const OUTREACH_MODES = ["IN_PERSON", "ONLINE"] as const;
export const OUTREACH_AUDIENCES = ["BUYERS", "SELLERS", "SHGS", "ARTISANS", "WEAVERS"] as const;
export const REGISTRANT_KINDS = ["SELLER", "WEAVER", "ARTISAN", "SHG", "BUYER", "OTHER"] as const;

export const OutreachEventSchema = z
  .object({
    formKey: key,
    title: text(5, 160),
    description: text(20, 2000),
    mode: z.enum(OUTREACH_MODES, choose),
    stateId: id,
    districtId: id.optional(),
    venue: text(5, 300).optional(),
    onlineUrl: z.url({ protocol: /^https$/, error: "outreach.errors.onlineUrl" }).optional(),
    date: z.string(required).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "outreach.errors.date" }),
    startTime: z.string(required).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "outreach.errors.time" }),
    endTime: z.string(required).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "outreach.errors.time" }),
    audiences: z.array(z.enum(OUTREACH_AUDIENCES, choose)).min(1, { error: "outreach.errors.audience" }),
    capacity: z.coerce.number({ error: "outreach.errors.capacity" }).int({ error: "outreach.errors.capacity" }).min(10, { error: "outreach.errors.capacity" }).max(100_000, { error: "outreach.errors.capacity" }).optional(),
  })
  .superRefine((event, issues) => {
    if (event.mode === "IN_PERSON" && !event.venue) issues.addIssue({ code: "custom", path: ["venue"], message: "outreach.errors.venue" });
    if (event.mode === "IN_PERSON" && !event.districtId) issues.addIssue({ code: "custom", path: ["districtId"], message: "outreach.errors.district" });
    if (event.mode === "ONLINE" && !event.onlineUrl) issues.addIssue({ code: "custom", path: ["onlineUrl"], message: "outreach.errors.onlineUrl" });
    if (event.endTime <= event.startTime) issues.addIssue({ code: "custom", path: ["endTime"], message: "outreach.errors.endBeforeStart" });
  });
export type OutreachEventInput = z.output<typeof OutreachEventSchema>;

// Times are entered in India Standard Time, whatever the browser's zone.
export function eventTimes(input: Pick<OutreachEventInput, "date" | "startTime" | "endTime">): { startsAt: Date; endsAt: Date } {
  return { startsAt: new Date(`${input.date}T${input.startTime}:00+05:30`), endsAt: new Date(`${input.date}T${input.endTime}:00+05:30`) };
}

export const CancelEventSchema = z.object({ eventId: id, reason: text(10, 500) });
export type CancelEventInput = z.output<typeof CancelEventSchema>;

// Anyone may register, with or without an account: a weaver often has only a mobile number.
export const RegistrationSchema = z.object({
  eventId: id,
  name: personName,
  phone,
  email: email.optional(),
  kind: z.enum(REGISTRANT_KINDS, choose),
  organisationName: text(2, 200).optional(),
});
export type RegistrationInput = z.output<typeof RegistrationSchema>;

export const AttendanceSchema = z.object({ registrationId: id, attended: z.boolean() });
export type AttendanceInput = z.output<typeof AttendanceSchema>;

// Someone who came without registering, recorded at the door.
export const WalkInSchema = RegistrationSchema;
