import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { CardTable } from "@/components/portal/card-table";
import { Badge } from "@/components/ui/badge";
import type { FormAction } from "@/components/forms/zod-form";
import type { StaffEventView } from "@/lib/outreach/get-event";
import { AttendanceButton } from "./attendance-button";

type Registration = StaffEventView["registrations"][number];

type RegistrationsTableProps = {
  eventId: number;
  eventTitle: string;
  registrations: Registration[];
  attendanceOpen: boolean;
  attendanceAction: FormAction;
  // Where a seller onboarded at the event opens, and (facilitators only) where a registrant
  // is registered as a seller.
  sellerHref: (sellerId: number) => string;
  onboardHref?: (registrationId: number) => string;
};

// Everyone registered for an event, with attendance to mark and, for facilitators, the way to
// register each as a seller.
export async function RegistrationsTable({ eventId, eventTitle, registrations, attendanceOpen, attendanceAction, sellerHref, onboardHref }: RegistrationsTableProps) {
  const [t, locale] = await Promise.all([getTranslations("outreach"), getLocale()]);
  const attendance = (row: Registration) => (
    <div className="flex flex-wrap items-center gap-2">
      {row.attendedAt ? <Badge tone="success">{t("staff.present")}</Badge> : <Badge>{t("staff.notMarked")}</Badge>}
      {attendanceOpen && !row.seller ? (
        <AttendanceButton
          action={attendanceAction}
          eventId={eventId}
          registrationId={row.id}
          attended={!row.attendedAt}
          label={row.attendedAt ? t("staff.undo") : t("staff.markPresent")}
          accessibleLabel={row.attendedAt ? t("staff.undoFor", { name: row.name }) : t("staff.markPresentFor", { name: row.name })}
        />
      ) : null}
    </div>
  );
  const seller = (row: Registration) =>
    row.seller ? (
      <Link href={sellerHref(row.seller.id)} className="font-semibold text-navy-800 underline">
        {row.seller.tradeName ?? row.seller.legalName}
      </Link>
    ) : onboardHref && attendanceOpen && row.kind !== "BUYER" ? (
      <Link href={onboardHref(row.id)} aria-label={t("staff.onboardFor", { name: row.name })} className="font-semibold text-navy-800 underline">
        {t("staff.onboard")}
      </Link>
    ) : (
      "—"
    );
  return (
    <CardTable
      caption={t("staff.caption", { title: eventTitle })}
      rows={registrations}
      rowKey={(row) => row.id}
      columns={[
        { header: t("staff.columns.name"), cell: (row) => <span className="font-semibold">{row.name}</span> },
        { header: t("staff.columns.phone"), cell: (row) => row.phone },
        { header: t("staff.columns.kind"), cell: (row) => t(`kinds.${row.kind}`) },
        { header: t("staff.columns.organisation"), cell: (row) => row.organisationName ?? "—" },
        { header: t("staff.columns.registeredOn"), cell: (row) => formatDate(locale, row.createdAt), className: "whitespace-nowrap" },
        { header: t("staff.columns.attendance"), cell: attendance },
        { header: t("staff.columns.seller"), cell: seller },
      ]}
      card={(row) => (
        <>
          <p className="font-semibold text-slate-900">{row.name}</p>
          <p className="text-sm text-slate-700">
            {row.phone} · {t(`kinds.${row.kind}`)}
            {row.organisationName ? ` · ${row.organisationName}` : ""}
          </p>
          <div className="mt-2">{attendance(row)}</div>
          <p className="mt-2 text-sm">{seller(row)}</p>
        </>
      )}
    />
  );
}
