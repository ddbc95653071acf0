"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/components/forms/zod-form";
import { IDLE } from "@/lib/forms/form-state";

type AttendanceButtonProps = { action: FormAction; eventId: number; registrationId: number; attended: boolean; label: string; accessibleLabel: string };

// Marks one registrant present, or takes it back: a one-button form per row.
export function AttendanceButton({ action, eventId, registrationId, attended, label, accessibleLabel }: AttendanceButtonProps) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const error = state.status === "invalid" ? Object.values(state.fieldErrors)[0] : null;
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="attended" value={attended ? "true" : "false"} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={accessibleLabel}
        className={
          attended
            ? "inline-flex min-h-10 items-center rounded-md bg-navy-800 px-3 text-sm font-semibold text-white hover:bg-navy-900"
            : "inline-flex min-h-10 items-center rounded-md border border-navy-700 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50"
        }
      >
        {label}
      </button>
      {error ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {t(error)}
        </p>
      ) : null}
    </form>
  );
}
