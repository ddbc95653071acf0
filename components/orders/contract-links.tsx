import Link from "next/link";
import { getTranslations } from "next-intl/server";

// The order's contract, as a page to read or print and as a PDF to keep.
export async function ContractLinks({ orderId }: { orderId: number }) {
  const t = await getTranslations("orderLifecycle.details");
  return (
    <p className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
      <Link href={`/orders/${orderId}/contract`} className="font-semibold text-navy-800 underline">
        {t("contractPage")}
      </Link>
      <a href={`/orders/${orderId}/contract/pdf`} className="font-semibold text-navy-800 underline">
        {t("contractPdf")}
      </a>
    </p>
  );
}
