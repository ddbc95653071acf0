import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { hasRole } from "@/lib/auth/actor";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { getRegistrationForOnboarding } from "@/lib/outreach/get-event";
import { AssistedSellerForm } from "../_components/assisted-seller-form";
import { registerAssistedSellerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sellerPortal.assisted");
  return { title: t("newTitle") };
}

type SearchParams = Promise<{ registration?: string }>;

// ?registration=<id>: onboarding someone registered for a Samvaad event, linked to it.
export default async function NewAssistedSellerPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("seller", "/seller/assisted/new");
  if (!hasRole(actor, "FACILITATOR")) forbidden();
  const { registration: registrationParam } = await searchParams;
  const [t, tOutreach, places, ctx] = await Promise.all([getTranslations("sellerPortal.assisted"), getTranslations("outreach"), listPlaces(getDatabase().db), actionContext()]);
  const outreach = registrationParam ? await orRefuse(getRegistrationForOnboarding(getDatabase().db, ctx, recordId(registrationParam))) : null;
  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold text-navy-900">{t("newTitle")}</h1>
        <p className="mt-2 text-slate-700">{t("newIntro")}</p>
      </div>
      {outreach ? (
        <p role="note" className="max-w-3xl rounded-lg border-l-4 border-saffron-500 bg-amber-50 p-4 font-semibold text-slate-900">
          {tOutreach("onboarding.banner", { name: outreach.registration.name, event: outreach.event.title })}
        </p>
      ) : null}
      <AssistedSellerForm
        places={places}
        action={registerAssistedSellerAction}
        initialValues={outreach ? onboardingValues(outreach) : undefined}
        outreachRegistrationId={outreach?.registration.id}
      />
    </>
  );
}

const GROUP_FLAGS = { WEAVER: "isWeaver", ARTISAN: "isArtisan", SHG: "isShg" } as const;

// What the registration already says: the person, their group, and the event's place.
function onboardingValues({ registration, event }: Awaited<ReturnType<typeof getRegistrationForOnboarding>>): Record<string, string> {
  const flag = GROUP_FLAGS[registration.kind as keyof typeof GROUP_FLAGS];
  return {
    contactName: registration.name,
    contactMobile: registration.phone,
    ...(registration.email ? { contactEmail: registration.email } : {}),
    ...(registration.organisationName ? { legalName: registration.organisationName } : {}),
    ...(flag ? { [flag]: "true" } : {}),
    stateId: String(event.stateId),
    ...(event.districtId ? { districtId: String(event.districtId) } : {}),
  };
}
