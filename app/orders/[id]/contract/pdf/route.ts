import { contractPdf } from "@/lib/orders/contract-pdf";
import { loadContract } from "../load-contract";

// GET /orders/<id>/contract/pdf: the contract as a PDF to keep, for its readers only.
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { contract, content } = await loadContract((await params).id, "en");
  const pdf = await contractPdf(content);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="kraya-contract-${contract.number}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
