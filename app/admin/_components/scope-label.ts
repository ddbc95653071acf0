import { localName } from "@/components/portal/local-name";

type ScopeNames = {
  level: string;
  state: { name: string; nameHi: string } | null;
  district: { name: string; nameHi: string } | null;
  block: { name: string } | null;
};

type Translate = (key: string, values?: Record<string, string>) => string;

// "National", or "District: Bhopal, Madhya Pradesh": the narrowest place first.
export function scopeLabel(t: Translate, locale: string, scope: ScopeNames | null): string {
  if (!scope) return t("identity.noScope");
  const level = t(`adminScope.${scope.level}`);
  if (scope.level === "NATIONAL") return level;
  const place = [scope.block?.name, scope.district && localName(locale, scope.district), scope.state && localName(locale, scope.state)].filter(Boolean).join(", ");
  return t("adminPortal.scopePlace", { level, place });
}
