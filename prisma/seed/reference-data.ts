import type { JsonValue } from "./bulk-insert";
import { STATE_DEPARTMENTS, type StateDepartmentKey } from "./buyer-catalogue";
import { CATEGORY_FILES, type CategoryFile, type CategoryNode, type SeedData, type SpecFieldData } from "./data-files";
import { gstRateForCategory } from "./gst-rates";
import { regionOfState } from "./names";
import type { DepartmentRef, DistrictRef, LeafCategory, MinistryRef, ReferenceData, StateRef } from "./seed-context";
import type { SeedTables } from "./tables";

// Geography, ministries and departments, and the category tree: loaded whole at every scale.

export function insertReferenceData(tables: SeedTables, data: SeedData): ReferenceData {
  const states = insertGeography(tables, data);
  const ministries = insertMinistries(tables, data);
  const stateDepartments = insertStateDepartments(tables, states);
  const leaves = insertCategories(tables, data);

  const allLeaves = CATEGORY_FILES.flatMap((file) => leaves[file]);
  const leavesByRoot = new Map<string, LeafCategory[]>();
  for (const leaf of allLeaves) leavesByRoot.set(leaf.rootSlug, [...(leavesByRoot.get(leaf.rootSlug) ?? []), leaf]);

  return {
    states,
    stateByCode: new Map(states.map((state) => [state.code, state])),
    stateById: new Map(states.map((state) => [state.id, state])),
    districtById: new Map(states.flatMap((state) => state.districts.map((district) => [district.id, district] as const))),
    ministries,
    ministryByShort: new Map(ministries.map((ministry) => [ministry.short, ministry])),
    stateDepartments,
    leaves,
    leavesByRoot,
    leafBySlug: new Map(allLeaves.map((leaf) => [leaf.node.slug, leaf])),
  };
}

function insertGeography(tables: SeedTables, data: SeedData): StateRef[] {
  return data.states.map((state) => {
    const stateId = tables.state.nextId();
    tables.state.push({ id: stateId, code: state.code, gstCode: state.gstCode, name: state.name, nameHi: state.nameHi, kind: state.kind });
    const districts: DistrictRef[] = state.districts.map((district, index) => {
      const districtId = tables.district.nextId();
      tables.district.push({ id: districtId, stateId, name: district.name, nameHi: district.nameHi });
      const blocks = district.blocks.map((name) => {
        const blockId = tables.block.nextId();
        tables.block.push({ id: blockId, districtId, name });
        return { id: blockId, districtId, name };
      });
      return { id: districtId, stateId, name: district.name, index: index + 1, blocks };
    });
    return { id: stateId, code: state.code, gstCode: state.gstCode, name: state.name, kind: state.kind, region: regionOfState(state.code), districts };
  });
}

function insertMinistries(tables: SeedTables, data: SeedData): MinistryRef[] {
  return data.ministries.map((ministry) => {
    const ministryId = tables.ministry.nextId();
    tables.ministry.push({ id: ministryId, name: ministry.name, nameHi: ministry.nameHi, shortName: ministry.short });
    const addDepartment = (name: string, nameHi: string): DepartmentRef => {
      const id = tables.department.nextId();
      tables.department.push({ id, name, nameHi, ministryId, stateId: null });
      return { id, name };
    };
    const departments = ministry.departments.map((department) => addDepartment(department.name, department.nameHi));
    // Organisations always hang under a department; a ministry without departments is its own.
    const ownDepartment = departments.length === 0 ? addDepartment(ministry.name, ministry.nameHi) : null;
    return { id: ministryId, name: ministry.name, short: ministry.short, departments, ownDepartment };
  });
}

function insertStateDepartments(tables: SeedTables, states: StateRef[]): Map<number, Map<StateDepartmentKey, DepartmentRef>> {
  const byState = new Map<number, Map<StateDepartmentKey, DepartmentRef>>();
  for (const state of states) {
    const departments = new Map<StateDepartmentKey, DepartmentRef>();
    for (const department of STATE_DEPARTMENTS) {
      const id = tables.department.nextId();
      tables.department.push({ id, name: department.name, nameHi: department.nameHi, ministryId: null, stateId: state.id });
      departments.set(department.key, { id, name: department.name });
    }
    byState.set(state.id, departments);
  }
  return byState;
}

// The schema documents specFields as [{ key, label, labelHi, type, unit?, values?, required?, keySpec? }].
function toSpecFields(specs: SpecFieldData[] | undefined): JsonValue {
  return (specs ?? []).map((spec) => {
    const field: { [key: string]: JsonValue } = { key: spec.key, label: spec.label, labelHi: spec.labelHi, type: spec.type };
    if (spec.unit !== undefined) field.unit = spec.unit;
    if (spec.values !== undefined) field.values = spec.values;
    field.required = spec.required ?? false;
    field.keySpec = spec.key_spec ?? false;
    return field;
  });
}

function insertCategories(tables: SeedTables, data: SeedData): Record<CategoryFile, LeafCategory[]> {
  const leaves = Object.fromEntries(CATEGORY_FILES.map((file) => [file, [] as LeafCategory[]])) as Record<CategoryFile, LeafCategory[]>;
  let sortOrder = 0;

  const visit = (node: CategoryNode, parentId: number | null, file: CategoryFile, rootSlug: string, parentSlug: string) => {
    const id = tables.category.nextId();
    const children = node.children ?? [];
    const isLeaf = children.length === 0;
    sortOrder += 1;
    tables.category.push({
      id, parentId, slug: node.slug, name: node.name, nameHi: node.nameHi, kind: node.kind, market: node.market ?? null,
      unit: node.unit, specFields: toSpecFields(node.specs), isLeaf, sortOrder,
    });
    if (isLeaf) {
      leaves[file].push({
        id, node, file, rootSlug, parentSlug, kind: node.kind, market: node.market ?? null,
        gstRateBps: gstRateForCategory(rootSlug, node.slug, node.kind === "SERVICE"),
      });
    }
    for (const child of children) visit(child, id, file, rootSlug, node.slug);
  };

  for (const file of CATEGORY_FILES) {
    for (const root of data.categories[file]) visit(root, null, file, root.slug, root.slug);
  }
  return leaves;
}
