// Listing images are served resized by app/images/listings/[imageId]/[size]/route.ts.
export type ListingImageSize = "thumb" | "large";

export function listingImageUrl(imageId: number, size: ListingImageSize): string {
  return `/images/listings/${imageId}/${size}`;
}
