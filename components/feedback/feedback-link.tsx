"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import type { FeedbackCategory } from "@/lib/feedback/feedback-pages";

type FeedbackLinkProps = {
  children: ReactNode;
  className?: string;
  // The form's category, when the link says what the feedback is about ("how search worked").
  category?: FeedbackCategory;
  // The page with its query (e.g. the words searched); by default the current path.
  page?: string;
};

// Feedback is tied to the page it was sent from: the link carries its path.
export function FeedbackLink({ children, className, category, page }: FeedbackLinkProps) {
  const pathname = usePathname();
  const params = new URLSearchParams({ page: page ?? pathname, ...(category ? { category } : {}) });
  return (
    <Link href={`/feedback/new?${params.toString()}`} className={className} prefetch={false}>
      {children}
    </Link>
  );
}
