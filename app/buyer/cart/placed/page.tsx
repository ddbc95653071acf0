import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { formatDate } from "@/components/reporting/format-date";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatRupees } from "@/lib/money/format";
import { getPlacedOrders } from "@/lib/orders/get-placed-orders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.placed");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<{ orders?: string }> };

export default async function OrdersPlacedPage({ searchParams }: PageProps) {
  await requirePortal("buyer", "/buyer/cart");
  const [t, locale, ctx, query] = await Promise.all([getTranslations("checkout.placed"), getLocale(), actionContext(), searchParams]);
  const ids = (query.orders ?? "").split(",").map(Number).filter((id) => Number.isSafeInteger(id) && id > 0).slice(0, 50);
  const orders = await getPlacedOrders(getDatabase().db, ctx, ids);
  if (orders.length === 0) notFound();
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p role="status" className="mt-3 rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t("done", { count: orders.length })}
        </p>
      </div>
      {orders.map((order) => (
        <Card key={order.id} aria-labelledby={`placed-${order.id}`}>
          <h2 id={`placed-${order.id}`} className="text-xl font-bold text-navy-900 tabular-nums">
            {t("number", { number: order.number })}
          </h2>
          <p className="mt-1 text-slate-800">
            {order.seller.tradeName ?? order.seller.legalName} · {formatRupees(order.totalPaise, { withPaise: true })}
          </p>
          <ul className="mt-2 list-disc pl-5 text-slate-700">
            {order.items.map((item) => (
              <li key={item.title}>
                {item.title} × {item.quantity}
              </li>
            ))}
          </ul>
          {order.respondBy ? <p className="mt-3 text-slate-800">{t("respondBy", { date: formatDate(locale, order.respondBy, { withTime: true }) })}</p> : null}
          {order.l1DeviationReason ? <p className="mt-2 text-sm text-slate-700">{t("l1Reason", { reason: order.l1DeviationReason })}</p> : null}
          {order.isSplitSuspected ? <p className="mt-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950">{t("split")}</p> : null}
          <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
            <Link href={`/buyer/orders/${order.id}`} className="font-semibold text-navy-800 underline">
              {t("open", { number: order.number })}
            </Link>
          </p>
        </Card>
      ))}
      <ButtonLink href="/buyer/orders">{t("toOrders")}</ButtonLink>
    </>
  );
}
