import "server-only";
import PDFDocument from "pdfkit";
import type { ContractContent } from "./contract-content";

const MARGIN = 48;
const NAVY = "#1e2a5a";

// The contract as an A4 PDF (PDFKit). Its standard fonts carry Latin text only, so the PDF
// is written in English; the printable page reads in Hindi too.
export function contractPdf(content: ContractContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: content.title, Author: "Kraya" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;

  doc.fillColor(NAVY).font("Helvetica-Bold").fontSize(18).text(content.title);
  doc.fillColor("black").font("Helvetica").fontSize(9).text(content.subtitle).moveDown();
  for (const [label, value] of content.facts) doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  doc.moveDown();
  for (const block of content.blocks) {
    doc.fillColor(NAVY).font("Helvetica-Bold").fontSize(11).text(block.heading);
    doc.fillColor("black").font("Helvetica").fontSize(9);
    for (const line of block.lines) doc.text(line, { width });
    doc.moveDown(0.6);
  }
  doc.fillColor(NAVY).font("Helvetica-Bold").fontSize(11).text(content.itemsHeading).fillColor("black");
  itemTable(doc, content, width);
  doc.moveDown(0.5);
  for (const [label, value] of content.totals) doc.font("Helvetica-Bold").fontSize(10).text(`${label}: ${value}`, MARGIN, undefined, { width, align: "right" });
  doc.font("Helvetica").fontSize(9);
  for (const note of content.notes) doc.moveDown(0.5).text(note, MARGIN, undefined, { width });
  doc.moveDown().fillColor(NAVY).font("Helvetica-Bold").fontSize(11).text(content.termsHeading, MARGIN).fillColor("black").font("Helvetica").fontSize(9);
  content.terms.forEach((term, index) => doc.text(`${index + 1}. ${term}`, { width, paragraphGap: 3 }));
  doc.moveDown().fillColor("#555555").fontSize(8).text(content.footer, { width });
  doc.end();
  return done;
}

// Columns sized for the item name to wrap; figures right-aligned.
const SHARES = [0.05, 0.29, 0.08, 0.12, 0.13, 0.08, 0.11, 0.14];

function itemTable(doc: PDFKit.PDFDocument, content: ContractContent, width: number): void {
  const widths = SHARES.map((share) => share * width);
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
    const heights = cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 4 }));
    const height = Math.max(...heights) + 6;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      doc.text(cell, x + 2, top + 3, { width: widths[index]! - 4, align: index >= 2 ? "right" : "left" });
      x += widths[index]!;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).strokeColor("#c8cde0").lineWidth(0.5).stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  doc.moveDown(0.3);
  row(content.columns, true);
  for (const cells of content.rows) row(cells, false);
}
