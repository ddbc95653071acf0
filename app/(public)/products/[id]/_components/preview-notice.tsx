import { getTranslations } from "next-intl/server";
import type { NotVisibleReason } from "@/lib/catalogue/get-product";

// Shown only to the listing's own seller: why buyers cannot see it yet.
export async function PreviewNotice({ reasons }: { reasons: NotVisibleReason[] }) {
  const t = await getTranslations();
  return (
    <div role="status" className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950">
      <p className="font-semibold">{t("product.preview.title")}</p>
      <p className="mt-1">{t("product.preview.intro")}</p>
      <ul className="mt-1 list-disc pl-6">
        {reasons.map((item) => (
          <li key={item.reason}>{item.reason === "status" ? t("product.preview.status", { status: t(`listingStatus.${item.status}`) }) : t(`product.preview.${item.reason}`)}</li>
        ))}
      </ul>
    </div>
  );
}
