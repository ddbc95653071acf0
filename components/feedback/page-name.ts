import { pageAreaOf } from "@/lib/feedback/feedback-pages";

type Translate = (key: string) => string;

// "Search results" for "/search?q=chair": what the page is, in the reader's language.
// t: a translator of the "feedback" namespace.
export function pageName(t: Translate, path: string): string {
  return t(`pages.${pageAreaOf(path)}`);
}
