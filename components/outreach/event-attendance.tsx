import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/components/forms/zod-form";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { StaffEventView } from "@/lib/outreach/get-event";
import { RegistrationsTable } from "./registrations-table";
import { WalkInForm } from "./walk-in-form";

type EventAttendanceProps = {
  view: StaffEventView;
  attendanceOpen: boolean;
  actions: { attendance: FormAction; walkIn: FormAction };
  sellerHref: (sellerId: number) => string;
  onboardHref?: (registrationId: number) => string;
};

// Who registered and who came, with the walk-in form while attendance is open: the same for
// the area's admins and for facilitators (who also onboard from here).
export async function EventAttendance({ view: { event, registrations }, attendanceOpen, actions, sellerHref, onboardHref }: EventAttendanceProps) {
  const t = await getTranslations("outreach");
  return (
    <>
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
            attendanceAction={actions.attendance}
            sellerHref={sellerHref}
            onboardHref={onboardHref}
          />
        )}
      </section>
      {attendanceOpen ? (
        <Card aria-labelledby="walk-in">
          <h2 id="walk-in" className="text-xl font-bold text-navy-900">
            {t("staff.walkInHeading")}
          </h2>
          <p className="mt-1 mb-4 text-slate-700">{t("staff.walkInIntro")}</p>
          <WalkInForm action={actions.walkIn} eventId={event.id} />
        </Card>
      ) : null}
    </>
  );
}
