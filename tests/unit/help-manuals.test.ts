import { describe, expect, it } from "vitest";
import { GET } from "@/app/(public)/help/manuals/[file]/route";
import { findManual, listManuals, manualFileName, manualPdf } from "@/lib/help/manual-pdf";

const latin1 = (pdf: Buffer) => pdf.toString("latin1");
const pageCount = (pdf: Buffer) => latin1(pdf).match(/\/Type \/Page\b/g)?.length ?? 0;

describe("the help manuals (PDF)", () => {
  it("are made for buyers in English and Hindi, and for sellers in English, Hindi and Tamil", () => {
    expect(listManuals().map(manualFileName).sort()).toEqual(["buyer-en.pdf", "buyer-hi.pdf", "seller-en.pdf", "seller-hi.pdf", "seller-ta.pdf"]);
    expect(findManual("seller-ta.pdf")).toEqual({ audience: "seller", language: "ta" });
    for (const name of ["buyer-ta.pdf", "seller-xx.pdf", "../seller-hi.pdf", "seller-hi.txt", "admin-en.pdf"]) expect(findManual(name), name).toBeNull();
  });

  it("embeds the Devanagari font in the Hindi manual, with a page per guide", async () => {
    const pdf = await manualPdf({ audience: "seller", language: "hi" });
    expect(latin1(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(6);
    expect(latin1(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansDevanagari-Regular/);
    expect(latin1(pdf)).toMatch(/\/Lang \(hi\)/);
    expect(await manualPdf({ audience: "seller", language: "hi" })).toBe(pdf);
  });

  it("embeds the Tamil font in the Tamil manual", async () => {
    const pdf = await manualPdf({ audience: "seller", language: "ta" });
    expect(latin1(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansTamil-Bold/);
    expect(latin1(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansTamil-Regular/);
  });

  it("are downloaded from /help/manuals/<file> as attachments", async () => {
    const response = await GET(new Request("http://localhost/help/manuals/buyer-hi.pdf"), { params: Promise.resolve({ file: "buyer-hi.pdf" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="kraya-buyer-hi.pdf"');
    const body = Buffer.from(await response.arrayBuffer());
    expect(latin1(body.subarray(0, 5))).toBe("%PDF-");
    expect(pageCount(body)).toBeGreaterThanOrEqual(4);
    const missing = await GET(new Request("http://localhost/help/manuals/buyer-ta.pdf"), { params: Promise.resolve({ file: "buyer-ta.pdf" }) });
    expect(missing.status).toBe(404);
  });
});
