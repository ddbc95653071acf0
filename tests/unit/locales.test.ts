import { describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locales";

describe("choosing the language", () => {
  it("follows the switcher's cookie first", () => {
    expect(resolveLocale("hi", "en-IN,en;q=0.9")).toBe("hi");
    expect(resolveLocale("en", "hi-IN,hi;q=0.9")).toBe("en");
  });

  it("falls back to the browser's Accept-Language", () => {
    expect(resolveLocale(undefined, "hi-IN,hi;q=0.9,en;q=0.8")).toBe("hi");
    expect(resolveLocale(undefined, "ta-IN,hi;q=0.5,en;q=0.4")).toBe("hi");
    expect(resolveLocale(undefined, "en-GB")).toBe("en");
  });

  it("defaults to English for unknown or missing preferences", () => {
    expect(resolveLocale("fr", null)).toBe("en");
    expect(resolveLocale(undefined, "de-DE")).toBe("en");
    expect(resolveLocale(undefined, "*")).toBe("en");
  });
});
