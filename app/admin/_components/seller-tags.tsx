import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { MseClass } from "@/lib/db/generated/enums";

export type SellerFlags = {
  mseClass: MseClass | null;
  isWomenOwned: boolean;
  isScStOwned: boolean;
  isStartup: boolean;
  isShg: boolean;
  isArtisan: boolean;
  isWeaver: boolean;
  isCooperative: boolean;
  isProducerCompany: boolean;
};

const TAGS = [
  ["isShg", "shg"],
  ["isWeaver", "weaver"],
  ["isArtisan", "artisan"],
  ["isCooperative", "cooperative"],
  ["isProducerCompany", "producerCompany"],
  ["isWomenOwned", "womenOwned"],
  ["isScStOwned", "scStOwned"],
  ["isStartup", "startup"],
] as const;

// The MSE class and the special groups a seller declared: what the procurement targets count.
export async function SellerTags({ seller }: { seller: SellerFlags }) {
  const t = await getTranslations();
  const tags = TAGS.filter(([flag]) => seller[flag]);
  if (!seller.mseClass && tags.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1.5">
      {seller.mseClass ? <Badge tone="info">{t(`mseClass.${seller.mseClass}`)}</Badge> : null}
      {tags.map(([flag, key]) => (
        <Badge key={flag}>{t(`sellerTag.${key}`)}</Badge>
      ))}
    </span>
  );
}
