import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { hasRole } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { PrintButton } from "./_components/print-button";
import { loadContract } from "./load-contract";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { content } = await loadContract((await params).id, await getLocale());
  return { title: content.title };
}

// The contract as a page to read and print (the site's header and footer are left off paper).
export default async function ContractPage({ params }: PageProps) {
  const { id } = await params;
  const [t, locale, actor] = await Promise.all([getTranslations("contract"), getLocale(), getActor()]);
  const { contract, content } = await loadContract(id, locale);
  const orderPath = actor && actor.sellerId !== null && hasRole(actor, "SELLER_ADMIN", "SELLER_STAFF") ? `/seller/orders/${contract.id}` : `/buyer/orders/${contract.id}`;
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8 sm:px-6 print:max-w-none print:p-0">
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link href={orderPath} className="font-semibold text-navy-800 underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
        <a href={`/orders/${contract.id}/contract/pdf`} className="font-semibold text-navy-800 underline">
          {t("pdf")}
        </a>
      </div>
      <article className="space-y-6 rounded-lg border border-navy-100 bg-white p-6 print:border-0 print:p-0">
        <header>
          <h1 className="text-2xl font-bold text-navy-900">{content.title}</h1>
          <p className="mt-1 text-slate-700">{content.subtitle}</p>
          <dl className="mt-4 grid gap-x-8 gap-y-2 sm:grid-cols-2">
            {content.facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-sm text-slate-600">{label}</dt>
                <dd className="font-semibold text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </header>
        <div className="grid gap-6 md:grid-cols-3">
          {content.blocks.map((block) => (
            <section key={block.heading} aria-label={block.heading}>
              <h2 className="font-bold text-navy-900">{block.heading}</h2>
              <ul className="mt-1 space-y-0.5 text-slate-800">
                {block.lines.map((line) => (
                  <li key={line} className="break-words">
                    {line}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        <section aria-labelledby="contract-items">
          <h2 id="contract-items" className="font-bold text-navy-900">
            {content.itemsHeading}
          </h2>
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={content.itemsCaption}>
            <table className="w-full min-w-[40rem] text-sm">
              <caption className="sr-only">{content.itemsCaption}</caption>
              <thead>
                <tr className="border-b border-navy-200 text-left">
                  {content.columns.map((column, index) => (
                    <th key={column} scope="col" className={`px-2 py-1 ${index >= 2 ? "text-right" : ""}`}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {content.rows.map((cells) => (
                  <tr key={cells[0]} className="border-b border-navy-100">
                    {cells.map((cell, index) => (
                      <td key={index} className={`px-2 py-1 ${index >= 2 ? "text-right whitespace-nowrap tabular-nums" : ""}`}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="mt-3 ml-auto grid max-w-sm grid-cols-[1fr_auto] gap-x-6 gap-y-1">
            {content.totals.map(([label, value], index) => (
              <div key={label} className="contents">
                <dt className={index === content.totals.length - 1 ? "font-bold" : "text-slate-700"}>{label}</dt>
                <dd className={`text-right tabular-nums ${index === content.totals.length - 1 ? "font-bold" : ""}`}>{value}</dd>
              </div>
            ))}
          </dl>
          {content.notes.map((note) => (
            <p key={note} className="mt-3 text-slate-800">
              {note}
            </p>
          ))}
        </section>
        <section aria-labelledby="contract-terms">
          <h2 id="contract-terms" className="font-bold text-navy-900">
            {content.termsHeading}
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-800">
            {content.terms.map((term) => (
              <li key={term}>{term}</li>
            ))}
          </ol>
        </section>
        <p className="text-sm text-slate-600">{content.footer}</p>
      </article>
    </div>
  );
}
