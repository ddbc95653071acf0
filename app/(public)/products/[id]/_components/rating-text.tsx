import { getTranslations } from "next-intl/server";

// "★ 4.3 (27)" for the eye, the full sentence for screen readers.
export async function RatingText({ rating }: { rating: { average: number; count: number } | null }) {
  const t = await getTranslations("product.seller");
  if (!rating) return <span className="text-slate-700">{t("notRated")}</span>;
  const average = rating.average.toFixed(1);
  return (
    <span>
      <span aria-hidden="true">
        <span className="text-saffron-500">★</span> {average} ({rating.count})
      </span>
      <span className="sr-only">{t("rating", { rating: average, count: rating.count })}</span>
    </span>
  );
}
