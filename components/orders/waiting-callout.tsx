import Link from "next/link";
import { getTranslations } from "next-intl/server";

// On a portal's overview: how many orders wait for the reader, with the way to them.
export async function WaitingCallout({ count, href }: { count: number; href: string }) {
  if (count === 0) return null;
  const t = await getTranslations("orderLifecycle.waiting");
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950">
      <span className="font-semibold">{t("count", { count })}</span>
      <Link href={href} className="font-semibold text-navy-800 underline">
        {t("open")}
      </Link>
    </p>
  );
}
