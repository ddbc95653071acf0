import { getTranslations } from "next-intl/server";
import { formatRupees } from "@/lib/money/format";

// An order's (or a cart order's) value, GST and total, right-aligned under its lines.
export async function OrderTotals({ valuePaise, gstPaise, totalPaise }: { valuePaise: bigint; gstPaise: bigint; totalPaise: bigint }) {
  const t = await getTranslations("orders");
  const money = (paise: bigint) => formatRupees(paise, { withPaise: true });
  return (
    <dl className="mt-4 ml-auto grid max-w-sm grid-cols-2 gap-x-4 gap-y-1 tabular-nums">
      <dt className="text-slate-700">{t("valueBeforeGst")}</dt>
      <dd className="text-right">{money(valuePaise)}</dd>
      <dt className="text-slate-700">{t("gst")}</dt>
      <dd className="text-right">{money(gstPaise)}</dd>
      <dt className="font-bold text-navy-900">{t("total")}</dt>
      <dd className="text-right font-bold text-navy-900">{money(totalPaise)}</dd>
    </dl>
  );
}
