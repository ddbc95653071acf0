import { getLocale, getTranslations } from "next-intl/server";
import type { ProductSpecification } from "@/lib/catalogue/get-product";

// Key specifications first and marked: they decide which offers are "the same product".
export async function SpecificationsTable({ specifications }: { specifications: ProductSpecification[] }) {
  const [t, locale] = await Promise.all([getTranslations("product.specs"), getLocale()]);
  if (specifications.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <>
      <table className="w-full border-collapse text-left">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("value")}</th>
          </tr>
        </thead>
        <tbody>
          {specifications.map((spec) => (
            <tr key={spec.key} className="border-b border-navy-100 last:border-b-0">
              <th scope="row" className="w-1/2 py-2.5 pr-4 align-top font-normal text-slate-700">
                {locale === "hi" ? spec.labelHi : spec.label}
                {spec.isKey ? (
                  <>
                    {" "}
                    <span aria-hidden="true" className="text-saffron-500">
                      ◆
                    </span>
                    <span className="sr-only">({t("key")})</span>
                  </>
                ) : null}
              </th>
              <td className={`py-2.5 align-top break-words text-slate-900 ${spec.isKey ? "font-semibold" : ""}`}>{spec.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {specifications.some((spec) => spec.isKey) ? (
        <p className="mt-3 text-sm text-slate-700">
          <span aria-hidden="true" className="text-saffron-500">
            ◆{" "}
          </span>
          {t("keyNote")}
        </p>
      ) : null}
    </>
  );
}
