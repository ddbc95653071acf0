import { Marked, Renderer, type Tokens } from "marked";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

// Links may go to Kraya's own pages or to https sites; anything else (javascript:, data:)
// is shown as its text.
function isSafeHref(href: string): boolean {
  return /^(\/(?!\/)|#|https:\/\/)/.test(href);
}

// The help files are written in this repository, yet rendered as if they were not: raw HTML is
// shown as text and only safe links become links. Tables scroll on a phone instead of
// widening the page.
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    link({ href, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      return isSafeHref(href) ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
    table(token: Tokens.Table) {
      return `<div class="overflow-x-auto">${Renderer.prototype.table.call(this, token)}</div>`;
    },
  },
});

export function renderMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}

// The words of a Markdown text without its markup, for the search index.
export function plainTextOf(source: string): string {
  return source
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[#>*_`|[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
