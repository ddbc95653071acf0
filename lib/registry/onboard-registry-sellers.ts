import "server-only";
import type { AuditActor } from "../audit/record-audit";
import type { AuthenticatedApiKey } from "../api-keys/api-keys";
import type { Db } from "../db/client";
import { FieldValidationError, type FieldErrors } from "../errors";
import { fieldErrorsOf } from "../forms/field-errors";
import { sellerColumnsOf } from "../sellers/seller-record";
import { createRegistrySellers, type NewRegistrySeller } from "./create-registry-sellers";
import { loadIdentifierOwners } from "./identifier-clashes";
import { loadPlaceIndex, resolvePlace, type ResolvedPlace } from "./place-index";
import { BulkSellersRequestSchema, RegistrySellerSchema, type RegistrySeller, type RowResult } from "./registry-seller-schema";
import { loadRegistrySellers, updateRegistrySeller } from "./update-registry-seller";

type Outcome = { index: number; registryId: string | null; status: RowResult["status"]; sellerId?: number; errors?: FieldErrors };
type ValidRecord = { index: number; record: RegistrySeller; place: ResolvedPlace };

// POST /api/v1/sellers:bulk: every record is validated with the web form's rules; a bad
// record never spoils the good ones. Idempotent on (registry, registryId): a record sent
// again updates its seller, or changes nothing. New sellers are written together, in a
// few statements, so 1,000 records take seconds, not minutes.
export async function onboardRegistrySellers(db: Db, apiKey: AuthenticatedApiKey, ip: string | null, body: unknown) {
  const envelope = BulkSellersRequestSchema.safeParse(body);
  if (!envelope.success) throw new FieldValidationError(fieldErrorsOf(envelope.error));
  const { registry, sellers } = envelope.data;
  const by: AuditActor = { userId: null, role: "API_KEY", ip, apiKeyId: apiKey.id };
  const places = await loadPlaceIndex(db);

  const outcomes: Outcome[] = [];
  const valid: ValidRecord[] = [];
  const seen = new Set<string>();
  for (const [index, row] of sellers.entries()) {
    const registryId = typeof row === "object" && row !== null && "registryId" in row && typeof row.registryId === "string" ? row.registryId.trim() : null;
    const parsed = RegistrySellerSchema.safeParse(row);
    if (!parsed.success) {
      outcomes.push({ index, registryId, status: "invalid", errors: fieldErrorsOf(parsed.error) });
      continue;
    }
    if (seen.has(parsed.data.registryId)) {
      outcomes.push({ index, registryId, status: "invalid", errors: { registryId: "registry.errors.duplicateInBatch" } });
      continue;
    }
    seen.add(parsed.data.registryId);
    const place = resolvePlace(places, parsed.data);
    if ("stateId" in place) valid.push({ index, record: parsed.data, place: place as ResolvedPlace });
    else outcomes.push({ index, registryId, status: "invalid", errors: place as FieldErrors });
  }

  const existing = await loadRegistrySellers(db, registry, valid.map(({ record }) => record.registryId));
  const claim = await loadIdentifierOwners(db, valid.map(({ record }) => record));
  const creates: NewRegistrySeller[] = [];
  for (const { index, record, place } of valid) {
    const current = existing.get(record.registryId);
    const gstinStateId = record.gstin ? (places.stateIdByGstCode.get(record.gstin.slice(0, 2)) ?? null) : null;
    const clashes = claim(record, current?.id);
    if (clashes) {
      outcomes.push({ index, registryId: record.registryId, status: "invalid", errors: clashes });
    } else if (current) {
      const status = await updateRegistrySeller(db, by, current, record, { ...place, gstinStateId });
      outcomes.push({ index, registryId: record.registryId, status, sellerId: current.id });
    } else {
      creates.push({ index, record, columns: sellerColumnsOf({ ...record, ...place }), gstinStateId });
    }
  }
  outcomes.push(...(await createRegistrySellers(db, by, registry, creates)));

  outcomes.sort((a, b) => a.index - b.index);
  const count = (status: RowResult["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  return { registry, counts: { created: count("created"), updated: count("updated"), unchanged: count("unchanged"), invalid: count("invalid") }, results: outcomes };
}
