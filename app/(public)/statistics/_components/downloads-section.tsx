import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import type { StatisticsYear } from "@/lib/reporting/public-statistics";

const OCDS_PATH = "/api/ocds/releases";

// Plain links: the CSV routes answer with a file to save, the open data API with JSON.
export async function DownloadsSection({ chosen, period }: { chosen: StatisticsYear; period: string }) {
  const t = await getTranslations("statistics.downloads");
  return (
    <section aria-labelledby="statistics-downloads">
      <SectionHeading id="statistics-downloads" note={t("note")}>
        {t("title")}
      </SectionHeading>
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <a href="/statistics/years.csv">{t("years")}</a>
        </li>
        <li>
          <a href={`/statistics/states.csv?year=${chosen}`}>{t("states", { period })}</a>
        </li>
        <li>
          <a href={OCDS_PATH}>{t("api")}</a>
          <span className="block text-sm text-slate-700">{t("apiNote", { path: OCDS_PATH })}</span>
        </li>
      </ul>
    </section>
  );
}
