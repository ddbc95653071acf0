import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { recordAttendanceAction, recordWalkInAction } from "@/app/_lib/outreach-actions";
import { FunnelFigures } from "@/components/outreach/funnel-figures";
import { RegistrationsTable } from "@/components/outreach/registrations-table";
import { StaffEventHeader } from "@/components/outreach/staff-event-header";
import { WalkInForm } from "@/components/outreach/walk-in-form";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
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
  const { event, registrations, funnel } = await orRefuse(getEventForStaff(getDatabase().db, ctx, recordId(id)));
  const attendanceOpen = isAttendanceOpen(event, nowOf(ctx));
  return (
    <>
      <StaffEventHeader event={event} backHref="/seller/samvaad" backLabel={t("facilitator.title")} />
      <FunnelFigures funnel={funnel} idPrefix="funnel" />
      <section aria-labelledby="event-registrations">
        <SectionHeading id="event-registrations" note={attendanceOpen ? undefined : t("staff.attendanceClosed")}>
          {t("admin.registrationsHeading")}
        </SectionHeading>
        {registrations.length === 0 ? (
          <EmptyState>{t("admin.noRegistrations")}</EmptyState>
        ) : (
          <RegistrationsTable
            eventId={event.id}
            eventTitle={event.title}
            registrations={registrations}
            attendanceOpen={attendanceOpen}
            attendanceAction={recordAttendanceAction}
            sellerHref={(sellerId) => `/seller/assisted/${sellerId}`}
            onboardHref={(registrationId) => `/seller/assisted/new?registration=${registrationId}`}
          />
        )}
      </section>
      {attendanceOpen ? (
        <Card aria-labelledby="walk-in">
          <h2 id="walk-in" className="text-xl font-bold text-navy-900">
            {t("staff.walkInHeading")}
          </h2>
          <p className="mt-1 mb-4 text-slate-700">{t("staff.walkInIntro")}</p>
          <WalkInForm action={recordWalkInAction} eventId={event.id} />
        </Card>
      ) : null}
    </>
  );
}
