import { getTranslations } from "next-intl/server";
import { NavLink } from "@/components/layout/nav-link";

const VIEWS = [
  { href: "/admin/reports", key: "overview" },
  { href: "/admin/reports/states", key: "states" },
  { href: "/admin/reports/ministries", key: "ministries" },
  { href: "/admin/reports/buyers", key: "buyers" },
  { href: "/admin/reports/inclusion", key: "inclusion" },
] as const;

// The report views, as tabs; each view keeps its own search parameters.
export async function ReportNav() {
  const t = await getTranslations("reports.views");
  return (
    <nav aria-label={t("label")} className="mb-6 overflow-x-auto border-b border-navy-100 print:hidden">
      <ul className="flex gap-1">
        {VIEWS.map((view) => (
          <li key={view.href}>
            <NavLink href={view.href} exact className="block px-3 py-2 font-semibold whitespace-nowrap text-navy-700 aria-[current=page]:border-b-4 aria-[current=page]:border-navy-700 aria-[current=page]:text-navy-900">
              {t(view.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
