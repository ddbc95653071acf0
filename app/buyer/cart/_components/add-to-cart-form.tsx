"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { CartQuantitySchema } from "@/lib/cart/cart-schemas";

type AddToCartFormProps = { listingId: number; minOrderQuantity: number; unit: string; action: FormAction };

export function AddToCartForm({ listingId, minOrderQuantity, unit, action }: AddToCartFormProps) {
  const t = useTranslations("cart");
  return (
    <ZodForm schema={CartQuantitySchema} action={action} submitLabel={t("add")} initialValues={{ quantity: String(minOrderQuantity) }}>
      <input type="hidden" name="listingId" value={listingId} />
      <TextInput name="quantity" label={t("quantity", { unit })} hint={t("minimumHint", { minimum: minOrderQuantity })} type="number" inputMode="numeric" min={1} step={1} className="max-w-40" />
    </ZodForm>
  );
}
