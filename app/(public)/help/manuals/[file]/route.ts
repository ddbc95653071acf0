import { findManual, manualFileName, manualPdf } from "@/lib/help/manual-pdf";

// GET /help/manuals/<audience>-<language>.pdf, e.g. seller-hi.pdf: a manual to keep. Public,
// the same for everyone, built once per process.
export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const manual = findManual((await params).file);
  if (!manual) return new Response("Not found", { status: 404 });
  const pdf = await manualPdf(manual);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="kraya-${manualFileName(manual)}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
