import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { stopActingAction } from "../actions";

// Always in view while a facilitator works for a seller, so nobody forgets whose catalogue it is.
export async function ActingBanner({ sellerName }: { sellerName: string }) {
  const t = await getTranslations("sellerPortal.assisted");
  return (
    <div role="region" aria-label={t("actingRegion")} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border-l-4 border-saffron-500 bg-amber-50 p-4">
      <p className="font-semibold text-slate-900">{t("acting", { name: sellerName })}</p>
      <form action={stopActingAction}>
        <Button type="submit" variant="secondary">
          {t("stopActing")}
        </Button>
      </form>
    </div>
  );
}
