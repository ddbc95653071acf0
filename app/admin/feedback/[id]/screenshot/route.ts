import { getActor } from "@/lib/auth/session";
import { getDatabase } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { readFeedbackScreenshot } from "@/lib/feedback/read-feedback-screenshot";
import { mediaStorage } from "@/lib/media/configured-storage";

// The screenshot sent with a feedback, for admins whose area holds it; for anyone else it
// does not exist. Never kept by shared caches: it may show the sender's documents.
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id) || id <= 0) return new Response("Not found", { status: 404 });
  try {
    const body = await readFeedbackScreenshot(getDatabase().db, { actor: await getActor(), ip: null }, id, mediaStorage());
    return new Response(Buffer.from(body), { headers: { "Content-Type": "image/webp", "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof UnauthenticatedError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
