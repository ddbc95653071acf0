import { describe, expect, it } from "vitest";
import { searchLanguageOf } from "@/lib/help/help-languages";
import { searchHelp } from "@/lib/help/search-help";

const first = (query: string, language: "en" | "hi" | "ta") => {
  const [hit] = searchHelp(query, language);
  return hit ? `${hit.kind}:${hit.key}` : null;
};

describe("searching the help", () => {
  it("answers “how do I accept goods” with the accept-goods guide first, in English", () => {
    const hits = searchHelp("how do I accept goods", "en");
    expect(hits[0]).toMatchObject({ kind: "guide", key: "accept-goods", language: "en", title: "Accept goods (consignee)" });
    expect(hits.every((hit) => hit.language === "en")).toBe(true);
  });

  it("answers the same question in Hindi with the Hindi guide", () => {
    const hits = searchHelp("माल कैसे स्वीकार करें", "hi");
    expect(hits[0]).toMatchObject({ kind: "guide", key: "accept-goods", language: "hi" });
    expect(hits[0]!.title).toMatch(/माल स्वीकार करें/);
  });

  it("finds seller guides from a Tamil question", () => {
    expect(first("விற்பனையாளராக எப்படி பதிவு செய்வது", "ta")).toBe("guide:register-as-seller");
    expect(first("ஏலத்தில் பங்கேற்பது எப்படி", "ta")).toBe("guide:take-part-in-a-bid");
    expect(searchHelp("ஆர்டர்", "ta").map((hit) => hit.key)).toContain("fulfil-an-order");
  });

  it("finds other forms of a word and both Hindi spellings", () => {
    expect(first("accepting the goods", "en")).toBe("guide:accept-goods");
    expect(first("registering", "en")).toBe("guide:register-as-seller");
    expect(first("ख़रीद", "hi")).toBe(first("खरीद", "hi"));
  });

  it("finds questions and answers too", () => {
    expect(first("earnest money for MSEs", "en")).toBe("faq:emd-exemption");
    const [answer] = searchHelp("when will I be paid", "en");
    expect(answer).toMatchObject({ kind: "faq", key: "when-paid" });
    expect(answer!.html).toContain("10 days of the acceptance");
  });

  it("answers nothing to an empty question or one of only filler words", () => {
    expect(searchHelp("   ", "en")).toEqual([]);
    expect(searchHelp("how do I", "en")).toEqual([]);
    expect(searchHelp("कैसे करें", "hi")).toEqual([]);
  });

  it("searches a question in the language of its script", () => {
    expect(searchLanguageOf("how do I pay", "hi")).toBe("hi");
    expect(searchLanguageOf("how do I pay", "en")).toBe("en");
    expect(searchLanguageOf("भुगतान कैसे करें", "en")).toBe("hi");
    expect(searchLanguageOf("ஆர்டர்", "hi")).toBe("ta");
  });
});
