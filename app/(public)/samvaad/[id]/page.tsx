import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { eventPlace } from "@/components/outreach/event-place";
import { eventWhen } from "@/components/outreach/event-when";
import { DetailList } from "@/components/portal/detail-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getActor } from "@/lib/auth/session";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { getPublicEvent, getRegistrationConfirmation } from "@/lib/outreach/get-event";
import { registerForEventAction } from "./actions";
import { RegistrationForm } from "./_components/registration-form";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ registration?: string; already?: string }>;

async function loadEvent(id: string) {
  if (!/^\d{1,9}$/.test(id)) notFound();
  try {
    return await getPublicEvent(getDatabase().db, Number(id));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return { title: event.title };
}

export default async function SamvaadEventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { db } = getDatabase();
  const [event, t, locale, actor] = await Promise.all([loadEvent(id), getTranslations("outreach"), getLocale(), getActor()]);
  const confirmation = query.registration ? await getRegistrationConfirmation(db, event.id, Number(query.registration)) : null;
  const now = currentTime();
  const closedReason = event.cancelledAt
    ? t("event.cancelledNotice", { reason: event.cancelReason ?? "" })
    : event.endsAt <= now
      ? t("event.ended")
      : event.seatsLeft === 0
        ? t("event.full")
        : null;
  const place = eventPlace(locale, event);
  const user = actor ? await db.user.findUnique({ where: { id: actor.userId }, select: { name: true, email: true, phone: true } }) : null;
  const initialValues: Record<string, string> = {
    eventId: String(event.id),
    ...(user ? { name: user.name, ...(user.phone ? { phone: user.phone } : {}), ...(user.email.endsWith(".invalid") ? {} : { email: user.email }) } : {}),
    ...(actor?.sellerId ? { kind: "SELLER" } : actor?.organisationId ? { kind: "BUYER" } : {}),
  };
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6">
      <div>
        <Link href="/samvaad" className="font-semibold text-navy-800 underline">
          {t("event.back")}
        </Link>
        <div className="mt-4 flex flex-wrap gap-2">
          <Badge tone={event.mode === "ONLINE" ? "info" : "neutral"}>{t(`modes.${event.mode}`)}</Badge>
          {event.cancelledAt ? <Badge tone="danger">{t("card.cancelled")}</Badge> : null}
        </div>
        <h1 className="mt-2 text-3xl font-bold text-navy-900 sm:text-4xl">{event.title}</h1>
      </div>
      <Card aria-label={event.title}>
        <DetailList
          details={[
            { label: t("event.when"), value: eventWhen(locale, event.startsAt, event.endsAt) },
            { label: t("event.where"), value: event.mode === "ONLINE" ? t("event.onlineWhere") : place },
            { label: t("event.audience"), value: event.audiences.map((audience) => t(`audiences.${audience}`)).join(", ") },
            { label: t("event.seats"), value: event.seatsLeft === null ? t("event.seatsUnlimited") : t("card.seatsLeft", { count: event.seatsLeft }) },
          ]}
        />
      </Card>
      <section aria-labelledby="about-event">
        <h2 id="about-event" className="text-xl font-bold text-navy-900">
          {t("event.aboutHeading")}
        </h2>
        <p className="mt-2 whitespace-pre-line text-slate-800">{event.description}</p>
        <p className="mt-2 text-sm text-slate-700">{t("event.registeredCount", { count: event._count.registrations })}</p>
      </section>
      <section id="registration" aria-labelledby="registration-heading" className="scroll-mt-6">
        {confirmation ? (
          <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5 text-green-900">
            <h2 id="registration-heading" className="text-xl font-bold">
              {t("register.doneTitle")}
            </h2>
            <p className="mt-2">{query.already ? t("register.already", { reference: confirmation.reference }) : t("register.done", { reference: confirmation.reference })}</p>
            {event.mode === "ONLINE" && event.onlineUrl ? (
              <p className="mt-2">
                {t("register.joinAt")}:{" "}
                <a href={event.onlineUrl} className="font-semibold break-all text-navy-800 underline" rel="noopener noreferrer">
                  {event.onlineUrl}
                </a>
              </p>
            ) : null}
          </div>
        ) : closedReason ? (
          <p id="registration-heading" className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-5 font-semibold text-amber-950">
            {closedReason}
          </p>
        ) : (
          <>
            <h2 id="registration-heading" className="sr-only">
              {t("register.heading")}
            </h2>
            <RegistrationForm action={registerForEventAction} initialValues={initialValues} />
          </>
        )}
      </section>
    </div>
  );
}
