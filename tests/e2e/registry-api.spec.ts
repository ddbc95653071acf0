import { expect, test, type APIRequestContext } from "@playwright/test";
import { shgRow } from "../factories/registry-rows";
import { signInAs } from "./support/sign-in";

// The NRLM integration end to end: a national admin issues a key in the browser, and a
// registry sends 1,000 SHGs over HTTP, then the same batch again.
test.describe.configure({ mode: "serial" });

const place = { stateCode: "MP", gstCode: "23", district: "Bhopal", block: "Phanda" };

async function issueKey(page: import("@playwright/test").Page, name: string): Promise<string> {
  await signInAs(page, "admin@kraya.demo", "/admin/api-keys");
  await page.getByLabel("Name of the key").fill(name);
  await page.getByRole("button", { name: "Issue key" }).click();
  const key = await page.getByLabel("New API key").inputValue();
  expect(key).toMatch(/^kraya_/);
  return key;
}

function send(request: APIRequestContext, key: string, sellers: unknown[]) {
  return request.post("/api/v1/sellers:bulk", { headers: { Authorization: `Bearer ${key}` }, data: { registry: "NRLM", sellers }, timeout: 120_000 });
}

test("a registry onboards 1,000 SHGs in one call, and sending them again changes nothing", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one bulk load per run is enough");
  test.setTimeout(240_000);
  const key = await issueKey(page, `NRLM e2e ${Date.now()}`);
  const series = String.fromCharCode(65 + (Date.now() % 26));
  const sellers = Array.from({ length: 1000 }, (_, serial) => shgRow(serial, place, series));

  const started = Date.now();
  const first = await send(request, key, sellers);
  const firstMs = Date.now() - started;
  expect(first.status()).toBe(200);
  expect((await first.json()).counts).toEqual({ created: 1000, updated: 0, unchanged: 0, invalid: 0 });

  const again = await send(request, key, sellers);
  expect((await again.json()).counts).toEqual({ created: 0, updated: 0, unchanged: 1000, invalid: 0 });
  testInfo.annotations.push({ type: "timing", description: `1,000 new SHGs over HTTP: ${firstMs} ms` });
  console.log(`1,000 new SHGs over HTTP: ${firstMs} ms`);
});

test("a bad record is answered by field, in English, and a wrong key is refused", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the API does not depend on the viewport");
  const key = await issueKey(page, `NRLM e2e errors ${Date.now()}`);
  const response = await send(request, key, [{ ...shgRow(1, place, "Z"), registryId: `bad-${Date.now()}`, ifsc: "SBIN1234567", district: "Atlantis" }]);
  const body = await response.json();
  expect(body.results[0].status).toBe("invalid");
  expect(body.results[0].errors.ifsc).toEqual({ code: "sellers.errors.ifsc", message: expect.stringContaining("IFSC") });

  const refused = await send(request, `${key.slice(0, -1)}${key.endsWith("x") ? "y" : "x"}`, []);
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain("Bearer");
});

test("the OpenAPI document describes the bulk endpoint", async ({ request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths["/api/v1/sellers:bulk"].post.requestBody).toBeDefined();
  expect(document.components.schemas.BulkSellersRequest.properties.sellers.maxItems).toBe(1000);
});
