import "server-only";
import { requireRole, type ActionContext } from "../../auth/context";
import type { Db } from "../../db/client";
import type { ListingStatus } from "../../db/generated/enums";
import { NotFoundError } from "../../errors";

const SHOWN = 20;

// The signed-in seller's latest uploads, with what became of their listings so far
// (waiting, approved, rejected...): how the seller follows the admins' decisions.
export async function listListingImports(db: Db, ctx: ActionContext) {
  const { actor } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Seller");
  const imports = await db.listingImport.findMany({
    where: { sellerId: actor.sellerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, fileName: true, rowCount: true, importedCount: true, errorCount: true, createdAt: true },
  });
  const counts = await db.listing.groupBy({
    by: ["importId", "status"],
    where: { importId: { in: imports.map((item) => item.id) } },
    _count: { _all: true },
    orderBy: [{ importId: "asc" }, { status: "asc" }],
  });
  return imports.map((item) => ({
    ...item,
    statuses: counts.filter((count) => count.importId === item.id).map((count) => ({ status: count.status as ListingStatus, count: count._count._all })),
  }));
}

export type ListingImportRow = Awaited<ReturnType<typeof listListingImports>>[number];

// The leaf categories a template can be downloaded for, under their top-level category.
export async function listTemplateCategories(db: Db) {
  const categories = await db.category.findMany({
    where: { isLeaf: true },
    orderBy: { sortOrder: "asc" },
    select: { slug: true, name: true, nameHi: true, parent: { select: { name: true, nameHi: true, parent: { select: { name: true, nameHi: true } } } } },
  });
  return categories.map(({ parent, ...category }) => ({ ...category, root: parent?.parent ?? parent ?? { name: category.name, nameHi: category.nameHi } }));
}
