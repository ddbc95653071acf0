import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import type { CartLine } from "@/lib/cart/get-cart";
import { productPath } from "@/lib/catalogue/listing-cards";
import { formatRupees } from "@/lib/money/format";
import { changeCartLineAction } from "../actions";

export type LineError = { listingId: number; message: string };

// One item: what it costs, and two plain forms (a new quantity, or remove). A refusal comes
// back through the URL (actions.ts) and is shown under this line's field.
export async function CartLineRow({ line, error }: { line: CartLine; error: string | null }) {
  const t = await getTranslations();
  const c = (key: string, values?: Record<string, string | number>) => t(`cart.${key}`, values);
  const fieldId = `quantity-${line.listingId}`;
  const errorId = `${fieldId}-error`;
  return (
    <li className="grid gap-3 py-4 md:grid-cols-[1fr_auto] md:items-start">
      <div>
        <Link href={productPath(line.listingId)} className="font-semibold break-words text-navy-800 underline">
          {line.title}
        </Link>
        <p className="mt-1 text-sm text-slate-700 tabular-nums">
          {formatRupees(line.unitPricePaise, { withPaise: true })} × {line.quantity} {line.unit} = {formatRupees(line.valuePaise, { withPaise: true })} · {t("orders.gst")}{" "}
          {line.gstRateBps / 100} %: {formatRupees(line.gstPaise, { withPaise: true })}
        </p>
        {line.isAvailable ? null : <p className="mt-2 rounded-md border-l-4 border-amber-500 bg-amber-50 p-2 text-sm text-amber-950">{c("unavailable")}</p>}
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <form action={changeCartLineAction} className="flex items-end gap-2">
          <input type="hidden" name="listingId" value={line.listingId} />
          <div>
            <label htmlFor={fieldId} className="block text-sm font-semibold text-slate-900">
              <span aria-hidden="true">{c("columns.quantity")}</span>
              <span className="sr-only">{c("quantityOf", { title: line.title })}</span>
            </label>
            <input
              id={fieldId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              required
              defaultValue={line.quantity}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className={`mt-1 block min-h-11 w-28 rounded-md border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-2 border-red-700" : "border-slate-500"}`}
            />
          </div>
          <Button type="submit" variant="secondary">
            {c("update")}
          </Button>
        </form>
        <form action={changeCartLineAction}>
          <input type="hidden" name="listingId" value={line.listingId} />
          <input type="hidden" name="quantity" value="0" />
          <Button type="submit" variant="secondary" aria-label={c("removeItem", { title: line.title })}>
            {c("remove")}
          </Button>
        </form>
        {error ? (
          <p id={errorId} className="w-full text-sm font-semibold text-red-800">
            {t(error)}
          </p>
        ) : null}
      </div>
    </li>
  );
}
