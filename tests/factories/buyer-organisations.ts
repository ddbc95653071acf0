import { loadActor, type Actor } from "@/lib/auth/actor";
import type { ActionContext } from "@/lib/auth/context";
import { registerOrganisation } from "@/lib/buyers/register-organisation";
import type { OrganisationRegistrationInput } from "@/lib/buyers/organisation-registration-schema";
import type { Db } from "@/lib/db/client";

let sequence = 0;

export const ANONYMOUS: ActionContext = { actor: null, ip: "203.0.113.9" };

export function contextOf(actor: Actor | null): ActionContext {
  return { actor, ip: "203.0.113.9" };
}

export async function actorFor(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error(`${email} is not an active user`);
  return actor;
}

// A registration form's worth of input for an organisation in the given state (by code), or
// under a central ministry when stateCode is null; the office is in officeStateCode.
export async function registrationInput(db: Db, options: { stateCode: string | null; officeStateCode?: string }): Promise<OrganisationRegistrationInput> {
  sequence += 1;
  const tag = `${Date.now()}-${sequence}`;
  const officeState = await db.state.findUniqueOrThrow({
    where: { code: options.officeStateCode ?? options.stateCode ?? "DL" },
    select: { id: true, districts: { take: 1, orderBy: { id: "asc" }, select: { id: true, blocks: { take: 1, select: { id: true } } } } },
  });
  const department = options.stateCode
    ? await db.department.findFirstOrThrow({ where: { state: { code: options.stateCode } }, orderBy: { id: "asc" }, select: { id: true, stateId: true, ministryId: true } })
    : await db.department.findFirstOrThrow({ where: { ministryId: { not: null } }, orderBy: { id: "asc" }, select: { id: true, stateId: true, ministryId: true } });
  const district = officeState.districts[0];
  if (!district) throw new Error("The seed has no district in the office's state");
  return {
    headName: `Head ${tag}`,
    headDesignation: "Director",
    email: `head.${tag}@example.gov.in`,
    phone: "9876543210",
    password: "Secret-pass-2026",
    passwordConfirmation: "Secret-pass-2026",
    organisationType: options.stateCode ? "STATE_DEPARTMENT" : "CENTRAL_MINISTRY",
    level: options.stateCode ? "STATE" : "CENTRAL",
    ministryId: department.ministryId ?? undefined,
    departmentStateId: department.stateId ?? undefined,
    departmentId: department.id,
    organisationName: `Test Directorate ${tag}`,
    officeName: "Head Office",
    officeAddress: "1 Civil Lines",
    officePincode: "462001",
    officeStateId: officeState.id,
    officeDistrictId: district.id,
    officeBlockId: district.blocks[0]?.id,
  };
}

// Registers an organisation through the use case and returns it with its primary user.
export async function registerTestOrganisation(db: Db, options: { stateCode: string | null; officeStateCode?: string } = { stateCode: "MP" }) {
  const input = await registrationInput(db, options);
  const { organisationId, userId } = await registerOrganisation(db, ANONYMOUS, input);
  return { organisationId, userId, email: input.email, primary: await actorFor(db, input.email) };
}
