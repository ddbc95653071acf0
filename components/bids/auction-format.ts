"use client";

import { useLocale } from "next-intl";
import { formatRupees } from "@/lib/money/format";

// Auction figures are shown to the paisa: a total rounded to the rupee could lie above the
// highest bid allowed. Times are India Standard Time (the locales' TIME_ZONE, kept out of the
// browser bundle with its language negotiation).
const IST = "Asia/Kolkata";

export function auctionRupees(paise: string): string {
  return formatRupees(BigInt(paise), { withPaise: true });
}

export function useAuctionTime(): (iso: string) => string {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", {
    day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone: IST,
  });
  return (iso) => format.format(new Date(iso));
}

// 1:05:09 or 05:09.
export function clockText(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const two = (value: number) => String(value).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
}
