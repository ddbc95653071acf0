import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

type RecordHeaderProps = {
  back: { href: string; page: string };
  title: string;
  badge: ReactNode;
  // Lines under the title (dates, tags).
  children?: ReactNode;
  // What the admin's last action did, after the redirect back here.
  done: string | null;
};

// The top of an admin's page about one record: the way back to its list, the record's name
// with its status, and the confirmation of what was just done.
export async function RecordHeader({ back, title, badge, children, done }: RecordHeaderProps) {
  const t = await getTranslations("adminPortal");
  return (
    <>
      <div>
        <Link href={back.href} className="font-semibold text-navy-800 underline">
          {t("backTo", { page: back.page })}
        </Link>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold break-words text-navy-900">{title}</h1>
          {badge}
        </div>
        {children}
      </div>
      {done ? (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {done}
        </p>
      ) : null}
    </>
  );
}
