import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionContext } from "@/lib/auth/context";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "./run-form-action";

// One step on an order from a portal's order page: run the use case, then back to the order
// (portalPath/orders/<id>) with what was done, so the page shows the confirmation.
export async function runOrderStep<Shape extends z.ZodRawShape, Result extends { orderId: number }>(
  formData: FormData,
  schema: z.ZodObject<Shape>,
  run: (input: z.output<z.ZodObject<Shape>>, ctx: ActionContext) => Promise<Result>,
  where: { portalPath: "/seller" | "/buyer"; done: string | ((result: Result) => string) },
): Promise<FormState> {
  const outcome = await runFormAction(formData, schema, run);
  if (!outcome.ok) return outcome.state;
  revalidatePath(where.portalPath, "layout");
  const done = typeof where.done === "string" ? where.done : where.done(outcome.result);
  redirect(`${where.portalPath}/orders/${outcome.result.orderId}?done=${done}`);
}
