// A guide's or an answer's Markdown, rendered by lib/help/render-markdown.ts (raw HTML is
// escaped there and unsafe links dropped), styled for reading: numbered steps stand out.
const PROSE = [
  "text-slate-800 leading-relaxed",
  "[&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:text-xl [&_h2]:font-bold [&_h2]:text-navy-900",
  "[&_p]:mt-3 [&_strong]:font-semibold [&_strong]:text-slate-950",
  "[&_ul]:mt-3 [&_ul]:list-disc [&_ul]:space-y-1.5 [&_ul]:pl-6",
  "[&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:space-y-2.5 [&_ol]:pl-7 [&_ol>li]:pl-1 [&_ol>li::marker]:font-bold [&_ol>li::marker]:text-navy-800",
  "[&_blockquote]:mt-6 [&_blockquote]:rounded-r-md [&_blockquote]:border-l-4 [&_blockquote]:border-saffron-400 [&_blockquote]:bg-white [&_blockquote]:px-4 [&_blockquote]:py-3",
  "[&_table]:mt-4 [&_table]:w-full [&_table]:border-collapse [&_table]:text-left [&_th]:border-b-2 [&_th]:border-navy-200 [&_th]:p-2 [&_td]:border-b [&_td]:border-navy-100 [&_td]:p-2 [&_td]:align-top",
  "[&_code]:rounded [&_code]:bg-navy-50 [&_code]:px-1 [&_code]:text-[0.95em]",
  "[&_a]:font-semibold [&_a]:text-navy-800 [&_a]:underline",
].join(" ");

export function HelpHtml({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
