import Link from "next/link";
import type { ReactNode } from "react";

type RecordHeaderProps = {
  back: { href: string; label: string };
  title: string;
  badge: ReactNode;
  // Lines under the title (dates, tags).
  children?: ReactNode;
  // What the user's last action did, after the redirect back here.
  done: string | null;
};

// The top of a page about one record (a listing, a seller, an order...): the way back to its
// list, the record's name with its status, and the confirmation of what was just done.
export function RecordHeader({ back, title, badge, children, done }: RecordHeaderProps) {
  return (
    <>
      <div>
        <Link href={back.href} className="font-semibold text-navy-800 underline">
          {back.label}
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
