import { getActor } from "@/lib/auth/session";
import { IMAGE_WIDTHS, type ImageSize } from "@/lib/catalogue/listing-image-file";
import { readListingImage } from "@/lib/catalogue/read-listing-image";
import { getDatabase } from "@/lib/db/client";
import { mediaStorage } from "@/lib/media/configured-storage";

// A listing image in one of its served sizes. An image id never changes its content (a new
// upload is a new id), so browsers and proxies may keep it for a year.
export async function GET(_: Request, { params }: { params: Promise<{ imageId: string; size: string }> }) {
  const { imageId, size } = await params;
  const id = Number(imageId);
  if (!Number.isSafeInteger(id) || !(size in IMAGE_WIDTHS)) return new Response("Not found", { status: 404 });
  const image = await readListingImage(getDatabase().db, await getActor(), id, size as ImageSize, mediaStorage());
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(image.body), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": `${image.isPublic ? "public" : "private"}, max-age=31536000, immutable`,
    },
  });
}
