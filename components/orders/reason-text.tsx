import { getTranslations } from "next-intl/server";

// A recorded reason "CODE: note" (or a code, or free text) in the reader's language: the
// code's wording from orderReasons, then the note as written.
export async function ReasonText({ reason, className }: { reason: string; className?: string }) {
  const t = await getTranslations("orderReasons");
  const match = /^([A-Z_]+)(?::\s*(.*))?$/s.exec(reason);
  const code = match?.[1];
  const text = code && t.has(code) ? [t(code), match?.[2]].filter(Boolean).join(": ") : reason;
  return <span className={className}>{text}</span>;
}
