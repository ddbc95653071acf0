import "server-only";
import type { Db } from "../../db/client";
import { parseSpecFields } from "../spec-fields";
import type { ImportReference } from "./validate-listing-rows";

// The leaf categories (a listing sits in a leaf) and the states, read once per file.
export async function loadImportReference(db: Db): Promise<ImportReference> {
  const [categories, states] = await Promise.all([
    db.category.findMany({ where: { isLeaf: true }, select: { id: true, slug: true, kind: true, specFields: true } }),
    db.state.findMany({ select: { id: true, code: true } }),
  ]);
  return {
    categories: new Map(categories.map((category) => [category.slug.toLowerCase(), { id: category.id, kind: category.kind, specFields: parseSpecFields(category.specFields) }])),
    stateIds: new Map(states.map((state) => [state.code.toUpperCase(), state.id])),
  };
}
