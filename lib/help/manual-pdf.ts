import "server-only";
import PDFDocument from "pdfkit";
import { helpLibrary, listFaqs, listGuides } from "./help-content";
import { HELP_LANGUAGES, isHelpLanguage, type HelpLanguage } from "./help-languages";
import { HELP_AUDIENCES, type HelpAudience } from "./help-schemas";
import { NAVY, writeMarkdown, writeRich } from "./pdf-markdown";
import { registerHelpFonts } from "./pdf-text";

// The manuals: for each audience, one PDF per language its guides are written in, made of
// those guides and that audience's questions and answers. Built on first request, then kept.
export type Manual = { audience: HelpAudience; language: HelpLanguage };

const MARGIN = 56;

export function listManuals(): Manual[] {
  const { manualLabels } = helpLibrary();
  return HELP_AUDIENCES.flatMap((audience) =>
    HELP_LANGUAGES.filter((language) => manualLabels[language] && listGuides(language, audience).length > 0).map((language) => ({ audience, language })),
  );
}

export function manualFileName({ audience, language }: Manual): string {
  return `${audience}-${language}.pdf`;
}

export function findManual(fileName: string): Manual | null {
  const [, audience, language] = /^(\w+)-(\w+)\.pdf$/.exec(fileName) ?? [];
  return listManuals().find((manual) => manual.audience === audience && manual.language === language && isHelpLanguage(language)) ?? null;
}

const built = new Map<string, Promise<Buffer>>();

export function manualPdf(manual: Manual): Promise<Buffer> {
  const key = manualFileName(manual);
  let pdf = built.get(key);
  if (!pdf) {
    pdf = buildManualPdf(manual);
    built.set(key, pdf);
    pdf.catch(() => built.delete(key));
  }
  return pdf;
}

function buildManualPdf({ audience, language }: Manual): Promise<Buffer> {
  const labels = helpLibrary().manualLabels[language]!;
  const guides = listGuides(language, audience);
  const faqs = listFaqs(language, audience);
  const title = labels.titles[audience];
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, lang: language, displayTitle: true, info: { Title: title, Author: "Kraya", Subject: labels.subtitle } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerHelpFonts(doc);
  const box = { x: MARGIN, width: doc.page.width - 2 * MARGIN };
  const heading = (text: string, size: number) => writeRich(doc, [{ text, bold: true }], language, box, { size, color: NAVY });

  doc.rect(0, 0, doc.page.width, 10).fill("#f5a623");
  doc.y = MARGIN + 40;
  heading(title, 26);
  doc.moveDown(0.4);
  writeRich(doc, [{ text: labels.subtitle, bold: false }], language, box, { size: 12 });
  doc.moveDown(2);
  heading(labels.contents, 14);
  const contentsTop = doc.y + 6;

  const starts: number[] = [];
  for (const guide of guides) {
    doc.addPage();
    starts.push(doc.bufferedPageRange().count);
    heading(guide.title, 18);
    doc.moveDown(0.3);
    writeRich(doc, [{ text: guide.summary, bold: false }], language, box, { size: 11, color: "#334155" });
    doc.moveDown(0.5);
    writeMarkdown(doc, guide.body, language, box);
  }
  if (faqs.length > 0) {
    doc.addPage();
    starts.push(doc.bufferedPageRange().count);
    heading(labels.faqs, 18);
    doc.moveDown(0.5);
    for (const faq of faqs) {
      if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
      writeRich(doc, [{ text: faq.question, bold: true }], language, box, { size: 11.5, color: NAVY });
      doc.moveDown(0.2);
      writeMarkdown(doc, faq.body, language, box);
      doc.moveDown(0.4);
    }
  }

  // The contents and the page footers once the page numbers are known.
  doc.switchToPage(0);
  doc.y = contentsTop;
  [...guides.map((guide) => guide.title), ...(faqs.length > 0 ? [labels.faqs] : [])].forEach((entry, index) => {
    const top = doc.y;
    writeRich(doc, [{ text: `${index + 1}. ${entry}`, bold: false }], language, { x: box.x, width: box.width - 40 }, { size: 12 });
    const below = doc.y;
    doc.y = top;
    writeRich(doc, [{ text: String(starts[index]), bold: false }], language, box, { size: 12, align: "right" });
    doc.y = below + 6;
  });
  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page += 1) {
    doc.switchToPage(page);
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN / 2 - 10;
    doc.y = y;
    writeRich(doc, [{ text: labels.footer, bold: false }], language, { x: box.x, width: box.width - 60 }, { size: 8, color: "#475569" });
    doc.y = y;
    writeRich(doc, [{ text: `${page + 1} / ${count}`, bold: false }], language, box, { size: 8, color: "#475569", align: "right" });
  }
  doc.end();
  return done;
}
