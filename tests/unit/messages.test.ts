import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import hi from "@/lib/i18n/messages/hi.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("translations", () => {
  it("has every English message in Hindi and nothing extra", () => {
    expect(keys(hi).sort()).toEqual(keys(en).sort());
  });

  it("writes Hindi in Devanagari", () => {
    const latinOnly = keys(hi)
      .map((key) => [key, key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], hi)] as const)
      .filter(([, text]) => typeof text === "string" && !/[\u0900-\u097F]/.test(text) && /[a-z]{4,}/i.test(text.replace(/\{[^}]*\}/g, "")));
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });
});
