import "server-only";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { sniffImageType } from "../catalogue/listing-image-file";
import { FieldValidationError } from "../errors";
import { checkMediaKey } from "../media/media-storage";
import { SCREENSHOT } from "./feedback-schemas";

export const SCREENSHOT_MAX_WIDTH = 1600;

// The screenshot as Kraya keeps it: re-encoded to WebP at most 1600 px wide. Re-encoding
// drops what the file carried besides the picture (camera, place and time metadata, and
// anything hidden in the container); refusals name the "screenshot" field.
export async function prepareScreenshot(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes.byteLength > SCREENSHOT.maxBytes) throw new FieldValidationError({ screenshot: "feedback.errors.screenshotTooLarge" });
  if (!sniffImageType(bytes)) throw new FieldValidationError({ screenshot: "feedback.errors.screenshotType" });
  try {
    // A pixel limit refuses "decompression bombs" before they are decoded.
    const image = sharp(bytes, { limitInputPixels: 40_000_000 }).rotate().resize({ width: SCREENSHOT_MAX_WIDTH, withoutEnlargement: true });
    return new Uint8Array(await image.webp({ quality: 80 }).toBuffer());
  } catch {
    throw new FieldValidationError({ screenshot: "feedback.errors.screenshotUnreadable" });
  }
}

// A fresh name under the feedback's folder: guessing one feedback's key tells nothing of another's.
export function screenshotKey(feedbackId: number): string {
  return checkMediaKey(`feedback/${feedbackId}/${randomBytes(12).toString("hex")}.webp`);
}
