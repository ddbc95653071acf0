import { describe, expect, it } from "vitest";
import { loadAreaMessages, MESSAGE_AREAS } from "@/lib/i18n/messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function lookup(messages: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
}

describe("translations", async () => {
  const en = await loadAreaMessages("en");
  const hi = await loadAreaMessages("hi");

  it.each(MESSAGE_AREAS)("has every English %s message in Hindi and nothing extra", (area) => {
    expect(keys(hi[area]).sort()).toEqual(keys(en[area]).sort());
  });

  it("gives every namespace to one area only", () => {
    const namespaces = MESSAGE_AREAS.flatMap((area) => Object.keys(en[area]));
    expect(namespaces.filter((name, index) => namespaces.indexOf(name) !== index)).toEqual([]);
  });

  it.each(MESSAGE_AREAS)("writes the Hindi %s messages in Devanagari", (area) => {
    const latinOnly = keys(hi[area]).filter((key) => {
      const text = lookup(hi[area], key);
      return typeof text === "string" && !/[\u0900-\u097F]/.test(text) && /[a-z]{4,}/i.test(text.replace(/\{[^}]*\}/g, ""));
    });
    expect(latinOnly).toEqual([]);
  });
});
