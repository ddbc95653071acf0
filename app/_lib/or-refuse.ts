import "server-only";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

// A page's read through a domain use case: a refusal becomes the 404 or 403 page.
export async function orRefuse<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}

// A record's id from the address: a positive whole number, else the 404 page.
export function recordId(id: string): number {
  const value = Number(id);
  if (!Number.isSafeInteger(value) || value <= 0) notFound();
  return value;
}
