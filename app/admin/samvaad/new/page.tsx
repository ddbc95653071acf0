import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { placesInScope } from "@/lib/outreach/event-access";
import { createEventAction } from "./actions";
import { EventForm } from "./_components/event-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outreach.admin");
  return { title: t("newTitle") };
}

export default async function NewSamvaadEventPage() {
  const actor = await requirePortal("admin", "/admin/samvaad/new");
  const [t, places] = await Promise.all([getTranslations("outreach.admin"), listPlaces(getDatabase().db)]);
  const scoped = placesInScope(actor, places);
  const initialValues = { mode: "IN_PERSON", ...(scoped.length === 1 ? { stateId: String(scoped[0]!.id) } : {}) };
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-navy-900">{t("newTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("newIntro")}</p>
      </div>
      <EventForm action={createEventAction} places={scoped} formKey={randomBytes(18).toString("base64url")} initialValues={initialValues} />
    </>
  );
}
