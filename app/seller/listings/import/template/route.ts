import { getLocale, getTranslations } from "next-intl/server";
import { COMMON_COLUMNS } from "@/lib/catalogue/import/csv-columns";
import { listingTemplateCsv, type TemplateHelp } from "@/lib/catalogue/import/listing-csv-files";
import { parseSpecFields, type SpecField } from "@/lib/catalogue/spec-fields";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";

// GET /seller/listings/import/template?category=<leaf slug>: the category's CSV template,
// its help row in the seller's language.
export async function GET(request: Request) {
  await requirePortal("seller", "/seller/listings/import");
  const slug = new URL(request.url).searchParams.get("category") ?? "";
  const category = await getDatabase().db.category.findFirst({ where: { slug, isLeaf: true }, select: { slug: true, name: true, specFields: true } });
  if (!category) return new Response("Unknown category", { status: 404 });
  const [t, locale] = await Promise.all([getTranslations("listingImport.template"), getLocale()]);
  const labelOf = (field: SpecField) => (locale === "hi" ? field.labelHi : field.label);
  const help: TemplateHelp = {
    commentLead: t("commentLead"),
    common: Object.fromEntries(COMMON_COLUMNS.map((column) => [column, t(`help.${column}`)])) as TemplateHelp["common"],
    spec: (field) => {
      const need = t(field.required ? "required" : "optional");
      const label = labelOf(field);
      if (field.type === "enum") return `${need} ${t("oneOf", { label, values: (field.values ?? []).join(" | ") })}`;
      if (field.type === "number") return `${need} ${field.unit ? t("number", { label, unit: field.unit }) : t("numberNoUnit", { label })}`;
      return `${need} ${t("text", { label })}`;
    },
  };
  const csv = listingTemplateCsv({ slug: category.slug, name: category.name, specFields: parseSpecFields(category.specFields) }, help);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kraya-listings-${category.slug}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
