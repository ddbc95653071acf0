import { getTranslations } from "next-intl/server";
import { listingImageUrl } from "@/lib/catalogue/image-urls";

// The first photograph large, the others as thumbnails that open the large picture. Most
// listings have none yet: a calm placeholder with the category's name stands in.
export async function ProductGallery({ imageIds, title, categoryName }: { imageIds: number[]; title: string; categoryName: string }) {
  const t = await getTranslations("product.gallery");
  const [first, ...rest] = imageIds;
  if (first === undefined) {
    return (
      <div className="flex aspect-[4/3] flex-col items-center justify-center gap-3 rounded-lg border border-navy-100 bg-gradient-to-br from-navy-50 to-white p-6 text-center">
        <svg viewBox="0 0 48 48" className="size-14 text-navy-200" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.5">
          <rect x="6" y="10" width="36" height="28" rx="3" />
          <circle cx="17" cy="20" r="4" />
          <path d="M6 34l11-10 9 8 6-5 10 9" />
        </svg>
        <p className="text-lg font-semibold text-navy-800">{categoryName}</p>
        <p className="text-sm text-slate-600">{t("noImages")}</p>
      </div>
    );
  }
  return (
    <section aria-label={t("label")} className="space-y-3">
      <div className="aspect-[4/3] overflow-hidden rounded-lg border border-navy-100 bg-white">
        {/* eslint-disable-next-line @next/next/no-img-element -- served resized by our own route */}
        <img src={listingImageUrl(first, "large")} alt={`${title}: ${t("image", { number: 1, count: imageIds.length })}`} className="size-full object-contain" />
      </div>
      {rest.length > 0 ? (
        <ul aria-label={t("thumbnails")} className="grid grid-cols-4 gap-2">
          {rest.map((imageId, index) => (
            <li key={imageId}>
              <a href={listingImageUrl(imageId, "large")} className="block aspect-square overflow-hidden rounded-md border border-navy-100 bg-white hover:border-navy-600">
                {/* eslint-disable-next-line @next/next/no-img-element -- served resized by our own route */}
                <img src={listingImageUrl(imageId, "thumb")} alt={t("image", { number: index + 2, count: imageIds.length })} loading="lazy" className="size-full object-cover" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
