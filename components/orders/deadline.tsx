import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { daysUntil } from "@/lib/orders/buying-rules";

// A deadline with the days left, or how late it is, in words that stand out once it has passed.
export async function Deadline({ dueAt, now }: { dueAt: Date | null; now: Date }) {
  const [t, locale] = await Promise.all([getTranslations("orderLifecycle.due"), getLocale()]);
  if (!dueAt) return <span className="text-slate-700">{t("none")}</span>;
  const days = daysUntil(dueAt, now);
  const label = days > 0 ? t("left", { count: days }) : t("over", { count: -days });
  return (
    <span className="whitespace-nowrap">
      {formatDate(locale, dueAt)} · <span className={days > 0 ? "text-slate-700" : "font-semibold text-red-800"}>{label}</span>
    </span>
  );
}
