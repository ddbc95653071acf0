import type { CatalogueKind, Market } from "../../lib/db/generated/enums";
import type { BulkWriter } from "./bulk-insert";
import type { CategoryFile, CategoryNode, SeedData } from "./data-files";
import type { StateDepartmentKey } from "./buyer-catalogue";
import type { Random } from "./random";
import type { SeedTables } from "./tables";

// What the generators share: the writer and its tables, the random streams, the anchor
// date, and the in-memory index of what earlier phases created (ids, places, roles).

export type BlockRef = { id: number; districtId: number; name: string };
export type DistrictRef = { id: number; stateId: number; name: string; index: number; blocks: BlockRef[] };
export type StateRef = {
  id: number;
  code: string;
  gstCode: string;
  name: string;
  kind: "STATE" | "UT";
  region: string;
  districts: DistrictRef[];
};

export type DepartmentRef = { id: number; name: string };
export type MinistryRef = { id: number; name: string; short: string; departments: DepartmentRef[]; ownDepartment: DepartmentRef | null };

export type LeafCategory = {
  id: number;
  node: CategoryNode;
  file: CategoryFile;
  rootSlug: string;
  parentSlug: string;
  kind: CatalogueKind;
  market: Market | null;
  gstRateBps: number;
};

export type ReferenceData = {
  states: StateRef[];
  stateByCode: Map<string, StateRef>;
  stateById: Map<number, StateRef>;
  districtById: Map<number, DistrictRef>;
  ministries: MinistryRef[];
  ministryByShort: Map<string, MinistryRef>;
  stateDepartments: Map<number, Map<StateDepartmentKey, DepartmentRef>>;
  leaves: Record<CategoryFile, LeafCategory[]>;
  leavesByRoot: Map<string, LeafCategory[]>;
  leafBySlug: Map<string, LeafCategory>;
};

export type SeedContext = {
  tables: SeedTables;
  writer: BulkWriter;
  random: Random;
  nowMs: number;
  scale: number;
  passwordHash: string;
  data: SeedData;
  log: (message: string) => void;
};

// Admins and facilitators, created before anything they verify or assist.
export type StaffRef = {
  nationalAdminIds: number[];
  stateAdminIdByState: Map<number, number>;
  facilitators: { userId: number; stateId: number; kind: "HANDICRAFT_SERVICE_CENTRE" | "WEAVERS_SERVICE_CENTRE" | "STATE_RURAL_LIVELIHOOD_MISSION" }[];
};
