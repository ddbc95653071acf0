import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { listingImageUrl } from "@/lib/catalogue/image-urls";
import { MAX_LISTING_IMAGES } from "@/lib/catalogue/listing-image-file";
import type { ListingForEditor } from "@/lib/catalogue/get-listing-for-editor";
import { addImagesAction, moveImageAction, removeImageAction } from "../[id]/actions";

// The listing's images in order, with move and remove buttons and an upload form: all plain
// forms, so they work without JavaScript.
export async function ListingImages({ listing, error }: { listing: ListingForEditor; error: string | null }) {
  const t = await getTranslations();
  const imageButton = (action: (formData: FormData) => Promise<void>, imageId: number, label: string, direction?: string) => (
    <form action={action}>
      <input type="hidden" name="imageId" value={imageId} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <Button type="submit" variant="secondary" className="px-3">
        {label}
      </Button>
    </form>
  );
  return (
    <section id="images" aria-labelledby="images-heading" className="space-y-4 rounded-md border border-slate-300 bg-white p-4 sm:p-5">
      <h2 id="images-heading" className="text-lg font-bold text-navy-900">
        {t("listingEditor.images")}
      </h2>
      {listing.images.length === 0 ? <p className="text-slate-700">{t("listingEditor.noImages")}</p> : null}
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {listing.images.map((image, index) => {
          const number = index + 1;
          return (
            <li key={image.id} className="space-y-2 rounded-md border border-slate-200 p-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- already resized WebP served by our own route */}
              <img src={listingImageUrl(image.id, "thumb")} alt={t("listingEditor.imageAlt", { number, title: listing.title })} width={320} height={Math.round((320 * image.height) / image.width)} className="h-40 w-full rounded object-contain" />
              <div className="flex flex-wrap gap-2">
                {index > 0 ? imageButton(moveImageAction.bind(null, listing.id), image.id, t("listingEditor.moveUp", { number }), "up") : null}
                {index < listing.images.length - 1 ? imageButton(moveImageAction.bind(null, listing.id), image.id, t("listingEditor.moveDown", { number }), "down") : null}
                {imageButton(removeImageAction.bind(null, listing.id), image.id, t("listingEditor.remove", { number }))}
              </div>
            </li>
          );
        })}
      </ol>
      {listing.images.length < MAX_LISTING_IMAGES ? (
        <form action={addImagesAction.bind(null, listing.id)} className="space-y-3">
          <label htmlFor="images-input" className="block font-semibold text-slate-900">
            {t("listingEditor.imageFiles")}
          </label>
          <p id="images-hint" className="text-sm text-slate-700">
            {t("listingEditor.imagesHint")}
          </p>
          {error ? (
            <p id="images-error" role="alert" className="text-sm font-semibold text-red-800">
              {t(error)}
            </p>
          ) : null}
          <input id="images-input" name="images" type="file" multiple accept="image/jpeg,image/png,image/webp" aria-describedby={error ? "images-hint images-error" : "images-hint"} className="block w-full text-base" />
          <Button type="submit" variant="secondary">
            {t("listingEditor.upload")}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
