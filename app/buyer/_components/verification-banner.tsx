import { getTranslations } from "next-intl/server";
import type { VerificationStatus } from "@/lib/db/generated/enums";

type Props = { status: VerificationStatus; reasonCode: string | null; note: string | null };

// Until the organisation is verified nobody in it can buy: say so first, and what happens next.
export async function VerificationBanner({ status, reasonCode, note }: Props) {
  const t = await getTranslations("buyerPortal.verification");
  if (status === "VERIFIED") return null;
  const rejected = status === "REJECTED" || status === "SUSPENDED";
  return (
    <section
      aria-labelledby="verification-banner"
      className={`rounded-lg border-l-4 p-5 ${rejected ? "border-red-700 bg-red-50 text-red-950" : "border-amber-500 bg-amber-50 text-amber-950"}`}
    >
      <h2 id="verification-banner" className="text-lg font-bold">
        {t(`${status}.title`)}
      </h2>
      <p className="mt-1">{t(`${status}.text`)}</p>
      {reasonCode ? (
        <dl className="mt-3 space-y-2">
          <div>
            <dt className="text-sm font-semibold">{t("reason")}</dt>
            <dd>{(await getTranslations("rejectionReason"))(reasonCode)}</dd>
          </div>
          {note ? (
            <div>
              <dt className="text-sm font-semibold">{t("note")}</dt>
              <dd className="whitespace-pre-line">{note}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}
