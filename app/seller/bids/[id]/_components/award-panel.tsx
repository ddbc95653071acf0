import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { publicBidPath } from "@/lib/bids/public-bids";

// After the award: the public result, and the order for a seller who won all or part of it.
export async function AwardPanel({ number, hasWon }: { number: string; hasWon: boolean }) {
  const t = await getTranslations("sellerBids.award");
  return (
    <Card aria-labelledby="award-title">
      <h2 id="award-title" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      {hasWon ? <p className="mt-2 text-slate-900">{t("won")}</p> : null}
      <div className="mt-4 flex flex-wrap gap-3">
        {hasWon ? <ButtonLink href="/seller/orders">{t("orders")}</ButtonLink> : null}
        <ButtonLink href={publicBidPath(number)} variant={hasWon ? "secondary" : "primary"}>
          {t("public")}
        </ButtonLink>
      </div>
    </Card>
  );
}
