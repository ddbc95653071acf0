import "server-only";
import type { Db } from "../db/client";

// The categories and states a search names in its URL (slugs and codes) and shows in its
// facets; both are small reference tables that only migrations and the seed write, so each
// process reads them once per database.

export type CategoryNode = { id: number; parentId: number | null; slug: string; name: string; nameHi: string; isLeaf: boolean };
export type StateOption = { id: number; code: string; name: string; nameHi: string };

export type SearchVocabulary = { categories: CategoryNode[]; states: StateOption[] };

const loaded = new WeakMap<Db, Promise<SearchVocabulary>>();

export function loadSearchVocabulary(db: Db): Promise<SearchVocabulary> {
  let vocabulary = loaded.get(db);
  if (!vocabulary) {
    vocabulary = readVocabulary(db);
    vocabulary.catch(() => loaded.delete(db));
    loaded.set(db, vocabulary);
  }
  return vocabulary;
}

async function readVocabulary(db: Db): Promise<SearchVocabulary> {
  const [categories, states] = await Promise.all([
    db.category.findMany({ select: { id: true, parentId: true, slug: true, name: true, nameHi: true, isLeaf: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.state.findMany({ select: { id: true, code: true, name: true, nameHi: true }, orderBy: { name: "asc" } }),
  ]);
  return { categories, states };
}

// A category and everything under it (a parent category includes its leaves).
export function categorySubtreeIds(categories: CategoryNode[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i += 1) {
    for (const category of categories) if (category.parentId === ids[i]) ids.push(category.id);
  }
  return ids;
}

// The state a signed-in buyer's goods go to by default: their office's, else their
// organisation's.
export async function buyerStateCode(db: Db, userId: number): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { office: { select: { state: { select: { code: true } } } }, organisation: { select: { state: { select: { code: true } } } } },
  });
  return user?.office?.state.code ?? user?.organisation?.state?.code ?? null;
}
