import "server-only";
import type { Db } from "../db/client";
import { parseSpecFields } from "./spec-fields";

// The categories a listing can be in (leaves), each with its parent's name for grouping.
export async function listLeafCategories(db: Db) {
  const leaves = await db.category.findMany({
    where: { isLeaf: true },
    orderBy: { sortOrder: "asc" },
    select: { id: true, name: true, nameHi: true, kind: true, parent: { select: { name: true, nameHi: true } } },
  });
  return leaves;
}

export type LeafCategory = Awaited<ReturnType<typeof listLeafCategories>>[number];

// A leaf category to start a listing in, with its specification fields.
export async function getLeafCategory(db: Db, categoryId: number) {
  const category = await db.category.findFirst({ where: { id: categoryId, isLeaf: true }, select: { id: true, name: true, nameHi: true, kind: true, specFields: true } });
  return category ? { ...category, specFields: parseSpecFields(category.specFields) } : null;
}
