import "server-only";
import type { Db } from "../db/client";

type NamedDepartment = { id: number; name: string; nameHi: string };
export type BuyerHierarchy = {
  ministries: { id: number; name: string; nameHi: string; departments: NamedDepartment[] }[];
  states: { id: number; name: string; nameHi: string; departments: NamedDepartment[] }[];
};

// The seeded ministries and state governments with their departments, for the registration
// form's pickers: ministry or state > department.
export async function listBuyerHierarchy(db: Db): Promise<BuyerHierarchy> {
  const departments = { orderBy: { name: "asc" as const }, select: { id: true, name: true, nameHi: true } };
  const [ministries, states] = await Promise.all([
    db.ministry.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, nameHi: true, departments } }),
    db.state.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, nameHi: true, departments } }),
  ]);
  return { ministries, states };
}
