import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { recordAttendanceAction, recordWalkInAction } from "@/app/_lib/outreach-actions";
import { EventAttendance } from "@/components/outreach/event-attendance";
import { SectionHeading } from "@/components/portal/section-heading";
import { FunnelFigures, FunnelGmv } from "@/components/outreach/funnel-figures";
import { StaffEventHeader } from "@/components/outreach/staff-event-header";
import { Card } from "@/components/ui/card";
import { nowOf } from "@/lib/auth/context";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { isAttendanceOpen } from "@/lib/outreach/attendance-window";
import { getEventForStaff } from "@/lib/outreach/get-event";
import { cancelEventAction } from "./actions";
import { CancelEventForm } from "./_components/cancel-event-form";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outreach.admin");
  return { title: t("title") };
}

// One event in the admin's area: its funnel, who registered and came, and the sellers onboarded.
export default async function AdminSamvaadEventPage({ params }: { params: Params }) {
  const { id } = await params;
  await requirePortal("admin", `/admin/samvaad/${id}`);
  const [t, ctx] = await Promise.all([getTranslations("outreach"), actionContext()]);
  const view = await orRefuse(getEventForStaff(getDatabase().db, ctx, recordId(id)));
  const now = nowOf(ctx);
  const { event, funnel } = view;
  const attendanceOpen = isAttendanceOpen(event, now);
  return (
    <>
      <StaffEventHeader event={event} backHref="/admin/samvaad" backLabel={t("admin.title")} />
      <section aria-labelledby="event-funnel" className="space-y-4">
        <SectionHeading id="event-funnel">{t("admin.funnelHeading")}</SectionHeading>
        <FunnelFigures funnel={funnel} idPrefix="funnel" />
        <FunnelGmv funnel={funnel} />
      </section>
      <EventAttendance
        view={view}
        attendanceOpen={attendanceOpen}
        actions={{ attendance: recordAttendanceAction, walkIn: recordWalkInAction }}
        sellerHref={(sellerId) => `/admin/sellers/${sellerId}`}
      />
      {!event.cancelledAt && event.endsAt > now ? (
        <Card aria-labelledby="cancel-event">
          <h2 id="cancel-event" className="text-xl font-bold text-navy-900">
            {t("admin.cancelHeading")}
          </h2>
          <p className="mt-1 mb-4 text-slate-700">{t("admin.cancelIntro")}</p>
          <CancelEventForm action={cancelEventAction} eventId={event.id} />
        </Card>
      ) : null}
    </>
  );
}
