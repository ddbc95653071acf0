import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/db/generated/enums";

export async function RoleBadges({ roles }: { roles: Role[] }) {
  const t = await getTranslations("roles");
  return (
    <span className="flex flex-wrap gap-1.5">
      {roles.map((role) => (
        <Badge key={role} tone={role === "PRIMARY_BUYER" ? "neutral" : "info"}>
          {t(role)}
        </Badge>
      ))}
    </span>
  );
}

export async function ActiveBadge({ isActive }: { isActive: boolean }) {
  const t = await getTranslations("buyerPortal.users");
  return <Badge tone={isActive ? "success" : "danger"}>{isActive ? t("active") : t("inactive")}</Badge>;
}
