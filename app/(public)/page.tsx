import { getTranslations } from "next-intl/server";
import { getDatabase } from "@/lib/db/client";
import { getHeadlineCounters } from "@/lib/reporting/get-headline-counters";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("home");
  const counters = await getHeadlineCounters(getDatabase().db);
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{counters.sellers}</p>
    </main>
  );
}
