import "server-only";
import { Lexer, type Token, type Tokens } from "marked";
import type { HelpLanguage } from "./help-languages";
import { runsOf, type Segment } from "./pdf-text";

// Draws the Markdown of a guide or an answer on a PDFKit page: headings, paragraphs, numbered
// and bulleted lists, notes (block quotes) and tables, with bold where the text is bold.
export const NAVY = "#0f1f40";
const TEXT = "#1e293b";
const RULE = "#c3cee6";
const BODY_SIZE = 10.5;
const LINE_GAP = 2.5;
// Every run sits on the baseline Noto Sans would have (its ascender is 1.069 em), whatever its
// font: the Indic fonts' smaller ascenders would otherwise drop Latin words below the line.
const ASCENDER_EM = 1.069;

type Box = { x: number; width: number };

function segmentsOf(tokens: Token[] | undefined, bold = false): Segment[] {
  return (tokens ?? []).flatMap((token): Segment[] => {
    switch (token.type) {
      case "strong":
        return segmentsOf((token as Tokens.Strong).tokens, true);
      case "em":
      case "del":
      case "link":
        return segmentsOf((token as Tokens.Em).tokens, bold);
      case "text":
        return (token as Tokens.Text).tokens ? segmentsOf((token as Tokens.Text).tokens, bold) : [{ text: (token as Tokens.Text).text, bold }];
      case "br":
        return [{ text: "\n", bold }];
      default:
        return "text" in token && typeof token.text === "string" ? [{ text: token.text, bold }] : [];
    }
  });
}

// Decodes the entities the lexer leaves in text ("&amp;", "&#39;").
function decoded(segments: Segment[]): Segment[] {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return segments.map((segment) => ({ ...segment, text: segment.text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!) }));
}

type RichOptions = { size?: number; color?: string; align?: "left" | "right" };

export function writeRich(doc: PDFKit.PDFDocument, segments: Segment[], language: HelpLanguage, box: Box, options: RichOptions = {}): void {
  const runs = runsOf(decoded(segments), language);
  if (runs.length === 0) return;
  const size = options.size ?? BODY_SIZE;
  doc.fillColor(options.color ?? TEXT).fontSize(size);
  const baseline = -ASCENDER_EM * size;
  runs.forEach((run, index) => {
    doc.font(run.font);
    const continued = index < runs.length - 1;
    if (index === 0) doc.text(run.text, box.x, doc.y, { width: box.width, lineGap: LINE_GAP, align: options.align ?? "left", baseline, continued });
    else doc.text(run.text, { baseline, continued });
  });
}

function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function writeList(doc: PDFKit.PDFDocument, list: Tokens.List, language: HelpLanguage, box: Box): void {
  const start = typeof list.start === "number" ? list.start : 1;
  list.items.forEach((item, index) => {
    ensureRoom(doc, 30);
    const top = doc.y;
    const marker = list.ordered ? `${start + index}.` : "•";
    writeRich(doc, [{ text: marker, bold: list.ordered }], language, { x: box.x, width: 16 }, { color: NAVY });
    doc.y = top;
    writeBlocks(doc, item.tokens, language, { x: box.x + 18, width: box.width - 18 });
    doc.moveDown(0.25);
  });
}

function writeTable(doc: PDFKit.PDFDocument, table: Tokens.Table, language: HelpLanguage, box: Box): void {
  const width = box.width / table.header.length;
  const row = (cells: Tokens.TableCell[], bold: boolean) => {
    ensureRoom(doc, 40);
    const top = doc.y;
    let bottom = top;
    cells.forEach((cell, index) => {
      doc.y = top;
      writeRich(doc, segmentsOf(cell.tokens, bold), language, { x: box.x + index * width + 4, width: width - 8 }, { size: BODY_SIZE - 1 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.moveTo(box.x, bottom + 3).lineTo(box.x + box.width, bottom + 3).strokeColor(RULE).lineWidth(0.5).stroke();
    doc.y = bottom + 6;
  };
  row(table.header, true);
  for (const cells of table.rows) row(cells, false);
  doc.moveDown(0.5);
}

function writeBlocks(doc: PDFKit.PDFDocument, tokens: Token[], language: HelpLanguage, box: Box): void {
  for (const token of tokens) {
    switch (token.type) {
      case "heading":
        ensureRoom(doc, 60);
        doc.moveDown(0.6);
        writeRich(doc, segmentsOf((token as Tokens.Heading).tokens, true), language, box, { size: 13, color: NAVY });
        doc.moveDown(0.3);
        break;
      case "paragraph":
      case "text":
        ensureRoom(doc, 20);
        writeRich(doc, segmentsOf(token.type === "text" ? [token] : (token as Tokens.Paragraph).tokens), language, box);
        if (token.type === "paragraph") doc.moveDown(0.5);
        break;
      case "list":
        writeList(doc, token as Tokens.List, language, box);
        doc.moveDown(0.3);
        break;
      case "blockquote": {
        ensureRoom(doc, 40);
        const top = doc.y;
        writeBlocks(doc, (token as Tokens.Blockquote).tokens, language, { x: box.x + 12, width: box.width - 12 });
        doc.moveTo(box.x + 3, top).lineTo(box.x + 3, doc.y - 6).strokeColor("#f5a623").lineWidth(3).stroke();
        break;
      }
      case "table":
        writeTable(doc, token as Tokens.Table, language, box);
        break;
      default:
        break;
    }
  }
}

export function writeMarkdown(doc: PDFKit.PDFDocument, source: string, language: HelpLanguage, box: Box): void {
  writeBlocks(doc, Lexer.lex(source, { gfm: true }), language, box);
}
