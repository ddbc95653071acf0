"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { AuctionBidSchema } from "@/lib/bids/bid-schemas";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { auctionRupees, useAuctionTime } from "./auction-format";

type AuctionBidFormProps = { bidId: number; nextBidMaxPaise: string | null; decrementBps: number; isOpen: boolean };

type Answer = { totalPaise: string; rank: number; endsAt: string; extended: boolean };

// A seller's bid: one amount, checked in the browser with the server's schema and against the
// highest total allowed (it only falls as L1 falls), then sent as JSON; the server's field
// message (an i18n key) comes back under the field.
export function AuctionBidForm({ bidId, nextBidMaxPaise, decrementBps, isOpen }: AuctionBidFormProps) {
  const t = useTranslations("auction.bid");
  const tKey = useTranslations();
  const timeOf = useAuctionTime();
  const inputRef = useRef<HTMLInputElement>(null);
  const [total, setTotal] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [placed, setPlaced] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const id = `auction-${bidId}-total`;
  const percent = String(decrementBps / 100);

  const refuse = (message: string) => {
    setError(message);
    setPlaced(null);
    inputRef.current?.focus();
  };
  const messageOf = (key: string | undefined) => (key && /^(bids|forms)\.errors\./.test(key) ? tKey(key) : t("failed"));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = AuctionBidSchema.safeParse({ bidId, total });
    if (!parsed.success) return refuse(messageOf(Object.values(fieldErrorsOf(parsed.error))[0]));
    if (nextBidMaxPaise !== null && parsed.data.total > BigInt(nextBidMaxPaise)) return refuse(messageOf("bids.errors.decrementNotMet"));
    setIsPending(true);
    try {
      const response = await fetch(`/api/bids/${bidId}/auction`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ total }),
      });
      const body = (await response.json().catch(() => null)) as (Answer & { fieldErrors?: Record<string, string> }) | null;
      if (response.ok && body) {
        setError(null);
        setTotal("");
        const amount = auctionRupees(body.totalPaise);
        setPlaced(body.extended ? t("placedExtended", { amount, rank: body.rank, time: timeOf(body.endsAt) }) : t("placed", { amount, rank: body.rank }));
      } else if (response.status === 422 && body?.fieldErrors) {
        const errors = body.fieldErrors;
        refuse(messageOf(errors.total ?? errors.form ?? Object.values(errors)[0]));
      } else {
        refuse(response.status === 403 ? t("forbidden") : t("failed"));
      }
    } catch {
      refuse(t("failed"));
    } finally {
      setIsPending(false);
    }
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="text-lg font-bold text-navy-900">{t("heading")}</h3>
      <div>
        <label htmlFor={id} className="block font-semibold text-slate-900">{t("label")}</label>
        {nextBidMaxPaise !== null ? (
          <p id={hintId} className="mt-0.5 text-sm text-slate-700">{t("hint", { amount: auctionRupees(nextBidMaxPaise), percent })}</p>
        ) : null}
        {error ? <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">{error}</p> : null}
        <input
          ref={inputRef}
          id={id}
          name="total"
          inputMode="decimal"
          autoComplete="off"
          value={total}
          onChange={(event) => setTotal(event.target.value)}
          disabled={!isOpen}
          aria-invalid={error ? true : undefined}
          aria-describedby={[nextBidMaxPaise !== null ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
          className={`mt-1 block min-h-11 w-full max-w-xs rounded-md border bg-white px-3 py-2 text-base text-slate-900 disabled:bg-slate-100 ${error ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      </div>
      <Button type="submit" disabled={!isOpen || isPending} className="w-full sm:w-auto">
        {isPending ? t("submitting") : t("submit")}
      </Button>
      <p role="status" className="font-semibold text-green-800">{placed}</p>
    </form>
  );
}
