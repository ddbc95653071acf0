import { z } from "zod";

const required = { error: "forms.errors.required" };
const text = (min: number, max: number) => z.string(required).trim().min(min, required).max(max, { error: "forms.errors.tooLong" });
const id = z.coerce.number().int().positive();

export const INCIDENT_TYPES = ["DELIVERY_DELAY", "QUALITY_ISSUE", "WRONG_ITEM", "PAYMENT_DELAY", "MISCONDUCT", "OTHER"] as const;

export const RaiseIncidentSchema = z.object({ orderId: id, type: z.enum(INCIDENT_TYPES, { error: "forms.errors.choose" }), description: text(10, 2000) });
export const AnswerIncidentSchema = z.object({ incidentId: id, answer: text(5, 2000) });
// Closing an incident: its raiser marks it resolved, or an admin settles an escalated one.
export const CloseIncidentSchema = z.object({ incidentId: id, outcome: z.enum(["RESOLVED", "DISMISSED"], { error: "forms.errors.choose" }), resolution: z.string().trim().max(2000, { error: "forms.errors.tooLong" }).optional() });

export type RaiseIncidentInput = z.output<typeof RaiseIncidentSchema>;
export type AnswerIncidentInput = z.output<typeof AnswerIncidentSchema>;
export type CloseIncidentInput = z.output<typeof CloseIncidentSchema>;
