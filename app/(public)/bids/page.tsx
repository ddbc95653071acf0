import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { listOpenBids } from "@/lib/bids/bid-views";
import { listRecentAwards } from "@/lib/bids/public-bids";
import { currentTime } from "@/lib/clock";
import { getDatabase } from "@/lib/db/client";
import { BID_RELEASES_PATH } from "@/lib/opendata/list-ocds-bid-releases";
import { OpenBidsTable } from "./_components/open-bids-table";
import { RecentAwardsTable } from "./_components/recent-awards-table";

// Read from the database on every request, never prerendered while building.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publicBids.list");
  return { title: t("title"), description: t("metaDescription") };
}

// Public (issue 7, transparency): anyone may read it, signed in or not.
export default async function PublicBidsPage() {
  const { db } = getDatabase();
  const [t, open, awarded] = await Promise.all([getTranslations("publicBids.list"), listOpenBids(db, currentTime()), listRecentAwards(db)]);
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </div>
      <section aria-labelledby="open-bids">
        <SectionHeading id="open-bids">{t("openTitle")}</SectionHeading>
        <OpenBidsTable bids={open} />
      </section>
      <section aria-labelledby="awarded-bids">
        <SectionHeading id="awarded-bids">{t("awardedTitle")}</SectionHeading>
        <RecentAwardsTable awards={awarded} />
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <Card aria-labelledby="bids-sellers">
          <h2 id="bids-sellers" className="text-xl font-bold text-navy-900">
            {t("sellersTitle")}
          </h2>
          <p className="mt-2 text-slate-800">{t("sellersText")}</p>
          <ButtonLink href="/sign-in?callbackUrl=%2Fseller%2Fbids" variant="secondary" className="mt-4">
            {t("signIn")}
          </ButtonLink>
        </Card>
        <Card aria-labelledby="bids-open-data">
          <h2 id="bids-open-data" className="text-xl font-bold text-navy-900">
            {t("openDataTitle")}
          </h2>
          <p className="mt-2 text-slate-800">{t("openDataText")}</p>
          <a href={BID_RELEASES_PATH} className="mt-4 inline-block font-semibold text-navy-800 underline">
            {t("openDataLink")}
          </a>
        </Card>
      </div>
    </div>
  );
}
