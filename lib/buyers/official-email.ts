import type { OrganisationType } from "../db/generated/enums";

// Which e-mail addresses may register a buyer organisation.
// - Government domains (gov.in, nic.in and their subdomains, e.g. mp.gov.in, health.mp.gov.in)
//   are accepted for every type of organisation.
// - PSUs, autonomous bodies and cooperatives often run their own domain (ntpc.co.in, iitd.ac.in):
//   any other domain is accepted for them, but flagged so the verifying admin checks it.
// - Free web-mail is never an official address.
const GOVERNMENT_DOMAINS = ["gov.in", "nic.in"];
const OWN_DOMAIN_TYPES: readonly OrganisationType[] = ["PSU", "AUTONOMOUS_BODY", "COOPERATIVE"];
const WEBMAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.co.in",
  "yahoo.in",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "rediffmail.com",
  "icloud.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "zohomail.in",
]);

export type OfficialEmailStatus = "government" | "ownDomain" | "refused";

export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).trim().toLowerCase();
}

export function isGovernmentDomain(domain: string): boolean {
  return GOVERNMENT_DOMAINS.some((suffix) => domain === suffix || domain.endsWith(`.${suffix}`));
}

export function officialEmailStatus(email: string, type: OrganisationType | undefined): OfficialEmailStatus {
  const domain = emailDomainOf(email);
  if (isGovernmentDomain(domain)) return "government";
  if (WEBMAIL_DOMAINS.has(domain)) return "refused";
  return type && OWN_DOMAIN_TYPES.includes(type) ? "ownDomain" : "refused";
}
