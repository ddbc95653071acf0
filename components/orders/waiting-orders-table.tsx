import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CardTable } from "@/components/portal/card-table";
import { formatRupees } from "@/lib/money/format";
import { Deadline } from "./deadline";

export type WaitingOrder = { id: number; number: string; counterparty: string; totalPaise: bigint; step: string; dueAt: Date | null };

type WaitingOrdersProps = { orders: WaitingOrder[]; caption: string; counterpartyLabel: string; ordersPath: string; now: Date };

// A portal's "needs my action": each order with what to do next (a step of
// orderLifecycle.steps) and its deadline, soonest first.
export async function WaitingOrdersTable({ orders, caption, counterpartyLabel, ordersPath, now }: WaitingOrdersProps) {
  const [t, steps] = await Promise.all([getTranslations("orders"), getTranslations("orderLifecycle.steps")]);
  const link = (order: WaitingOrder) => (
    <Link href={`${ordersPath}/${order.id}`} className="font-semibold text-navy-800 underline tabular-nums">
      {order.number}
    </Link>
  );
  const money = (order: WaitingOrder) => formatRupees(order.totalPaise, { withPaise: true });
  const deadline = (order: WaitingOrder) => <Deadline dueAt={order.dueAt} now={now} />;
  return (
    <CardTable
      caption={caption}
      rows={orders}
      rowKey={(order) => order.id}
      card={(order) => (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            {link(order)}
            <span className="font-semibold tabular-nums">{money(order)}</span>
          </div>
          <p className="mt-1 text-slate-800">{order.counterparty}</p>
          <p className="mt-1 font-semibold text-navy-900">{steps(order.step)}</p>
          <p className="mt-1 text-sm text-slate-700">
            {t("due")}: {deadline(order)}
          </p>
        </>
      )}
      columns={[
        { header: t("number"), className: "whitespace-nowrap", cell: link },
        { header: counterpartyLabel, cell: (order) => order.counterparty },
        { header: t("step"), cell: (order) => steps(order.step) },
        { header: t("due"), cell: deadline },
        { header: t("value"), className: "text-right whitespace-nowrap tabular-nums", cell: money },
      ]}
    />
  );
}
