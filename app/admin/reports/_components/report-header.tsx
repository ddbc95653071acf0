import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { getDatabase } from "@/lib/db/client";
import type { Area } from "@/lib/reporting/read-figures";
import { ReportNav } from "./report-nav";

async function areaName(area: Area, locale: string, india: string): Promise<string> {
  const { db } = getDatabase();
  const select = { name: true, nameHi: true } as const;
  if (area.level === "STATE") {
    const state = await db.state.findUnique({ where: { id: area.stateId }, select });
    return state ? localName(locale, state) : "";
  }
  if (area.level === "DISTRICT") {
    const district = await db.district.findUnique({ where: { id: area.districtId }, select: { ...select, state: { select } } });
    return district ? `${localName(locale, district)}, ${localName(locale, district.state)}` : "";
  }
  if (area.level === "BLOCK") {
    const block = await db.block.findUnique({ where: { id: area.blockId }, select: { name: true, district: { select } } });
    return block ? `${block.name}, ${localName(locale, block.district)}` : "";
  }
  return india;
}

// The view's title, the area its figures cover, and the tabs of the report views.
export async function ReportHeader({ title, area }: { title: string; area: Area }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  return (
    <>
      <h1 className="text-3xl font-bold text-navy-900">{title}</h1>
      <p className="mt-1 mb-4 text-lg text-slate-800">{t("area", { area: await areaName(area, locale, t("india")) })}</p>
      <ReportNav />
    </>
  );
}
