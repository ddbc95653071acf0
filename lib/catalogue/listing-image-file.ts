import "server-only";
import sharp from "sharp";
import { FieldValidationError } from "../errors";

export const MAX_LISTING_IMAGES = 5;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MIN_IMAGE_SIDE = 300;
// Served sizes (longest side, in pixels), as WebP.
export const IMAGE_WIDTHS = { thumb: 320, large: 960 } as const;
export type ImageSize = keyof typeof IMAGE_WIDTHS;

type ImageType = { ext: "jpg" | "png" | "webp"; contentType: string };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);

// The type the bytes say, not the file name: JPEG, PNG or WebP, else null.
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ext: "jpg", contentType: "image/jpeg" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: "png", contentType: "image/png" };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { ext: "webp", contentType: "image/webp" };
  return null;
}

export type PreparedImage = ImageType & { original: Uint8Array; width: number; height: number; variants: Record<ImageSize, Uint8Array> };

// Checks one upload and makes its served sizes; refusals name the "images" field.
export async function prepareListingImage(bytes: Uint8Array): Promise<PreparedImage> {
  const type = sniffImageType(bytes);
  if (!type) throw new FieldValidationError({ images: "listingEditor.errors.imageType" });
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new FieldValidationError({ images: "listingEditor.errors.imageTooLarge" });
  // A small pixel limit refuses "decompression bombs" before they are decoded.
  const image = () => sharp(bytes, { limitInputPixels: 50_000_000 }).rotate();
  let width: number, height: number;
  try {
    ({ width, height } = await image().toBuffer({ resolveWithObject: true }).then(({ info }) => info));
  } catch {
    throw new FieldValidationError({ images: "listingEditor.errors.imageUnreadable" });
  }
  if (Math.min(width, height) < MIN_IMAGE_SIDE) throw new FieldValidationError({ images: "listingEditor.errors.imageTooSmall" });
  const resized = async (side: number) =>
    new Uint8Array(await image().resize({ width: side, height: side, fit: "inside", withoutEnlargement: true }).webp({ quality: 82 }).toBuffer());
  const [thumb, large] = await Promise.all([resized(IMAGE_WIDTHS.thumb), resized(IMAGE_WIDTHS.large)]);
  return { ...type, original: bytes, width, height, variants: { thumb, large } };
}

// An image's stored files: ListingImage.path is the original's key; the sizes sit beside it.
export function imageKeys(path: string): { original: string } & Record<ImageSize, string> {
  const folder = path.slice(0, path.lastIndexOf("/"));
  return { original: path, thumb: `${folder}/thumb.webp`, large: `${folder}/large.webp` };
}
