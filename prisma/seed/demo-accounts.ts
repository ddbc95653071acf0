import type { Role } from "../../lib/db/generated/enums";

// One demo account per role, all with the same password, for demos, manual testing and the
// end-to-end tests. Only ever seeded into demo databases: never create these in production.

export const DEMO_PASSWORD = "Kraya@2026";

export type DemoAccount = { role: Role; email: string; name: string; description: string };

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: "BUYER", email: "buyer@kraya.demo", name: "Ritu Sharma", description: "Buyer" },
  { role: "CONSIGNEE", email: "consignee@kraya.demo", name: "Mahesh Patel", description: "Consignee" },
  { role: "PAYING_AUTHORITY", email: "paying@kraya.demo", name: "Anand Chaturvedi", description: "Paying authority / DDO" },
  { role: "PRIMARY_BUYER", email: "head@kraya.demo", name: "Dr Kavita Dwivedi", description: "Primary user / head of office" },
  { role: "SELLER_ADMIN", email: "mse.seller@kraya.demo", name: "Sunita Tiwari", description: "MSE seller admin" },
  { role: "SELLER_ADMIN", email: "shg.seller@kraya.demo", name: "Kamala Uikey", description: "SHG seller admin" },
  { role: "SELLER_ADMIN", email: "firm.seller@kraya.demo", name: "Arvind Khandelwal", description: "Medium enterprise seller admin (bids)" },
  { role: "FACILITATOR", email: "facilitator@kraya.demo", name: "Vijay Meshram", description: "Weavers' Service Centre facilitator" },
  { role: "ADMIN", email: "admin@kraya.demo", name: "Neha Verma", description: "National admin" },
  { role: "ADMIN", email: "admin.mp@kraya.demo", name: "Rakesh Shukla", description: "State admin, Madhya Pradesh" },
  { role: "ADMIN", email: "admin.br@kraya.demo", name: "Pankaj Sinha", description: "State admin, Bihar" },
];

export function isDemoAccount(email: string): boolean {
  return DEMO_ACCOUNTS.some((candidate) => candidate.email === email);
}

export function findDemoAccount(email: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account;
}
