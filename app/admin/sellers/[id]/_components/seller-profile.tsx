import { getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { SellerForReview } from "@/lib/admin/seller-review";
import { DetailList } from "@/components/portal/detail-list";

// What the seller declared, grouped as an admin checks it against the documents.
export async function SellerProfile({ seller, locale }: { seller: SellerForReview; locale: string }) {
  const t = await getTranslations();
  const d = (key: string) => t(`adminSellers.detail.${key}`);
  const notGiven = <span className="font-normal text-slate-600">{t("adminPortal.notGiven")}</span>;
  const optional = (value: string | null) => value ?? notGiven;
  const identifiers = [
    { label: d("pan"), value: <span className="font-mono">{seller.pan}</span> },
    { label: d("tradeName"), value: optional(seller.tradeName) },
    { label: d("udyam"), value: seller.udyamNumber ? <span className="font-mono">{seller.udyamNumber}</span> : notGiven },
    { label: d("mseClass"), value: seller.mseClass ? t(`mseClass.${seller.mseClass}`) : notGiven },
    ...(seller.isStartup ? [{ label: d("dpiit"), value: optional(seller.dpiitNumber) }] : []),
    ...(seller.isArtisan ? [{ label: d("artisanCard"), value: optional(seller.artisanCardNumber) }] : []),
    ...(seller.isWeaver ? [{ label: d("weaverCard"), value: optional(seller.weaverCardNumber) }] : []),
    ...(seller.registrySource ? [{ label: d("registry"), value: `${seller.registrySource} ${seller.registryId ?? ""}` }] : []),
  ];
  const address = [seller.addressLine, seller.block?.name, localName(locale, seller.district), `${localName(locale, seller.state)} ${seller.pincode}`].filter(Boolean).join(", ");

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card aria-labelledby="identifiers" className="lg:col-span-2">
        <h2 id="identifiers" className="mb-4 text-xl font-bold text-navy-900">
          {d("identifiers")}
        </h2>
        <DetailList columns={3} details={identifiers} />
        <h3 className="mt-6 mb-2 font-bold text-navy-900">{d("gstins")}</h3>
        {seller.gstins.length === 0 ? (
          <p className="text-slate-700">{d("noGstin")}</p>
        ) : (
          <ul className="divide-y divide-navy-100 rounded-md border border-navy-100">
            {seller.gstins.map((gstin) => (
              <li key={gstin.gstin} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2">
                <span className="font-mono font-semibold break-all">{gstin.gstin}</span>
                <span className="text-slate-700">{localName(locale, gstin.state)}</span>
                {gstin.isPrimary ? <Badge tone="info">{d("primary")}</Badge> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card aria-labelledby="address">
        <h2 id="address" className="mb-4 text-xl font-bold text-navy-900">
          {d("address")}
        </h2>
        <p className="text-slate-900">{address}</p>
      </Card>
      <Card aria-labelledby="bank">
        <h2 id="bank" className="mb-4 text-xl font-bold text-navy-900">
          {d("bank")}
        </h2>
        {seller.bankAccountLast4 ? (
          <DetailList
            columns={3}
            details={[
              { label: d("accountName"), value: optional(seller.bankAccountName) },
              { label: d("accountNumber"), value: <span className="font-mono">{`•••• ${seller.bankAccountLast4}`}</span> },
              { label: d("ifsc"), value: seller.ifsc ? <span className="font-mono">{seller.ifsc}</span> : notGiven },
            ]}
          />
        ) : (
          <p className="text-slate-700">{d("noBank")}</p>
        )}
      </Card>
      <Card aria-labelledby="people" className="lg:col-span-2">
        <h2 id="people" className="mb-4 text-xl font-bold text-navy-900">
          {d("people")}
        </h2>
        <DetailList
          columns={3}
          details={[
            {
              label: d("assistedBy"),
              value: seller.assistedBy
                ? [seller.assistedBy.name, seller.assistedBy.serviceCentre?.name, seller.assistedBy.email].filter(Boolean).join(", ")
                : d("selfRegistered"),
            },
            {
              label: d("users"),
              value: (
                <ul className="space-y-1 font-normal">
                  {seller.users.map((user) => (
                    <li key={user.email}>
                      <span className="font-semibold">{user.name}</span>, <span className="break-all">{user.email}</span>
                      {user.phone ? `, ${user.phone}` : ""} ({user.roles.map((role) => t(`roles.${role.role}`)).join(", ")})
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
