import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { recordAttendanceAction, recordWalkInAction } from "@/app/_lib/outreach-actions";
import { EventAttendance } from "@/components/outreach/event-attendance";
import { FunnelFigures } from "@/components/outreach/funnel-figures";
import { StaffEventHeader } from "@/components/outreach/staff-event-header";
import { hasRole } from "@/lib/auth/actor";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { isAttendanceOpen } from "@/lib/outreach/attendance-window";
import { getEventForStaff } from "@/lib/outreach/get-event";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outreach.facilitator");
  return { title: t("title") };
}

// At the event: mark who came, add walk-ins, and register sellers linked to the event.
export default async function FacilitatorSamvaadEventPage({ params }: { params: Params }) {
  const { id } = await params;
  const actor = await requirePortal("seller", `/seller/samvaad/${id}`);
  if (!hasRole(actor, "FACILITATOR")) forbidden();
  const [t, ctx] = await Promise.all([getTranslations("outreach"), actionContext()]);
  const view = await orRefuse(getEventForStaff(getDatabase().db, ctx, recordId(id)));
  const { event, funnel } = view;
  const attendanceOpen = isAttendanceOpen(event, nowOf(ctx));
  return (
    <>
      <StaffEventHeader event={event} backHref="/seller/samvaad" backLabel={t("facilitator.title")} />
      <FunnelFigures funnel={funnel} idPrefix="funnel" />
      <EventAttendance
        view={view}
        attendanceOpen={attendanceOpen}
        actions={{ attendance: recordAttendanceAction, walkIn: recordWalkInAction }}
        sellerHref={(sellerId) => `/seller/assisted/${sellerId}`}
        onboardHref={(registrationId) => `/seller/assisted/new?registration=${registrationId}`}
      />
    </>
  );
}
