import Link from "next/link";
import { useTranslations } from "next-intl";
import { guideHref, HELP_TOPICS, type HelpTopic } from "@/lib/help/help-topics";

// "How do I accept goods?" beside the form where the question arises, to the guide that
// answers it; the guide opens in the reader's language. Usable in server and client components.
export function HelpLink({ topic, className = "" }: { topic: HelpTopic; className?: string }) {
  const t = useTranslations("help.links");
  return (
    <Link
      href={guideHref(HELP_TOPICS[topic])}
      prefetch={false}
      className={`inline-flex min-h-6 items-center gap-1.5 font-semibold text-navy-800 underline underline-offset-2 hover:text-navy-900 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5 shrink-0">
        <path
          fillRule="evenodd"
          d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0ZM8.94 6.94a1.5 1.5 0 1 1 2.12 2.12c-.3.3-.6.5-.86.68-.5.35-1.2.84-1.2 1.76V12a1 1 0 1 0 2 0v-.3c.15-.13.36-.28.62-.46.31-.22.67-.48.98-.8a3.5 3.5 0 1 0-5.6-4.06 1 1 0 0 0 1.74 1 1.5 1.5 0 0 1 .2-.44ZM10 15.5a1.25 1.25 0 1 0 0-2.5 1.25 1.25 0 0 0 0 2.5Z"
          clipRule="evenodd"
        />
      </svg>
      <span>{t(topic)}</span>
    </Link>
  );
}
