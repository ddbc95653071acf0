import { beforeAll, describe, expect, it } from "vitest";
import type { SearchOutcome } from "@/lib/search/search-listings";
import { searchListings } from "@/lib/search/search-listings";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { ANONYMOUS, actorFor, contextOf } from "../factories/buyer-organisations";
import { setUpTestDatabase } from "../support/test-database";
import { createFixedCatalogue, searchFor, type FixedCatalogue } from "./search-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
let catalogue: FixedCatalogue;

beforeAll(async () => {
  catalogue = await createFixedCatalogue(db());
});

async function search(q: string, more: Record<string, string | string[]> = {}): Promise<SearchOutcome> {
  return searchListings(db(), ANONYMOUS, searchFor(q, more));
}

function titlesOf(outcome: SearchOutcome): string[] {
  const byId = new Map(Object.entries(catalogue.listingIds).map(([title, id]) => [id, title]));
  return outcome.listingIds.map((id) => byId.get(id) ?? `unknown ${id}`);
}

const CHAIRS = ["Ergonomic mesh chair", "Executive high back chair", "Stackable plastic chair", "Bamboo chair with armrests"];
const SAREES = ["Handwoven cotton saree", "Sambalpuri bandha saree", "Handloom cotton saree"];

describe("search relevance on a fixed catalogue", () => {
  it("finds an exact term, with the best-rated title match first", async () => {
    const outcome = await search("chair");
    expect(titlesOf(outcome).slice(0, 4).sort()).toEqual([...CHAIRS].sort());
    expect(outcome.total).toBe(4);
    expect(outcome.corrections).toEqual([]);
  });

  it("stems plurals: chairs and sarees find chair and saree", async () => {
    expect(titlesOf(await search("chairs")).sort()).toEqual([...CHAIRS].sort());
    expect(titlesOf(await search("sarees")).sort()).toEqual([...SAREES].sort());
  });

  it("corrects misspelt words and says so", async () => {
    const chiar = await search("chiar");
    expect(chiar.corrections).toEqual([{ from: "chiar", to: "chair" }]);
    expect(titlesOf(chiar).sort()).toEqual([...CHAIRS].sort());
    const sareee = await search("sareee");
    expect(sareee.corrections[0]?.to).toMatch(/^sarees?$/);
    expect(titlesOf(sareee).sort()).toEqual([...SAREES].sort());
    const printr = await search("printr");
    expect(printr.corrections[0]?.to).toMatch(/^printers?$/);
    expect(titlesOf(printr)[0]).toBe("Monochrome laser printer");
  });

  it("reads the last word as the start of one when the words as typed find nothing", async () => {
    const outcome = await search("laser pri");
    expect(outcome.corrections).toEqual([]);
    expect(titlesOf(outcome)[0]).toBe("Monochrome laser printer");
  });

  it("understands Hindi words", async () => {
    expect(titlesOf(await search("कुर्सी")).sort()).toEqual([...CHAIRS].sort());
    expect(titlesOf(await search("साड़ी")).sort()).toEqual([...SAREES].sort());
    expect(titlesOf(await search("शहद"))).toEqual(["Wild forest honey"]);
  });

  it("finds synonyms: almirah finds cupboards, xerox finds copiers", async () => {
    expect(titlesOf(await search("almirah")).sort()).toEqual(["Half height steel cupboard", "Steel almirah full height"]);
    expect(titlesOf(await search("xerox"))[0]).toBe("A3 multifunction copier");
    expect(titlesOf(await search("dari"))).toEqual(["Panja cotton durrie"]);
  });

  it("falls back to any of the words when nothing has all of them", async () => {
    const outcome = await search("bamboo printer");
    expect(outcome.matchedAnyWord).toBe(true);
    expect(titlesOf(outcome)).toEqual(expect.arrayContaining(["Bamboo chair with armrests", "Monochrome laser printer"]));
  });

  it("narrows by seller state and seller type, from the URL's parameters", async () => {
    expect(titlesOf(await search("saree", { state: "BR", type: "isShg" }))).toEqual(["Handloom cotton saree"]);
    expect(titlesOf(await search("chair", { state: "BR" })).sort()).toEqual(["Bamboo chair with armrests", "Stackable plastic chair"]);
    expect(titlesOf(await search("", { type: ["isWeaver", "isArtisan"] })).sort()).toEqual(
      ["Handwoven cotton saree", "Madhubani painting on handmade paper", "Panja cotton durrie", "Sambalpuri bandha saree"],
    );
    expect(titlesOf(await search("table", { category: "furniture" })).sort()).toEqual(["Computer table", "Executive office table"]);
  });

  it("counts facets for the query, each facet without its own filter", async () => {
    const outcome = await search("chair", { state: "BR" });
    expect(outcome.total).toBe(2);
    const states = Object.fromEntries(outcome.facets.states.map((s) => [outcome.vocabulary.states.find((v) => v.id === s.stateId)!.code, s.count]));
    expect(states).toEqual({ BR: 2, MP: 1, KA: 1 });
    const types = Object.fromEntries(outcome.facets.sellerTypes.map((t) => [t.group, t.count]));
    expect(types).toMatchObject({ isShg: 1, isWomenOwned: 1, isMse: 1, isStartup: 0 });
    const prices = Object.fromEntries(outcome.facets.prices.map((p) => [p.key, p.count]));
    expect(prices).toEqual({ "under-1k": 1, "1k-10k": 1, "10k-50k": 0, "50k-2l": 0, "over-2l": 0 });
    expect(outcome.facets.ratings).toEqual([{ min: 4, count: 1 }, { min: 3, count: 1 }]);
    expect(outcome.facets.categories).toHaveLength(2);
  });

  it("sorts by price and by delivery time", async () => {
    expect(titlesOf(await search("chair", { sort: "price-asc" }))).toEqual(["Stackable plastic chair", "Bamboo chair with armrests", "Ergonomic mesh chair", "Executive high back chair"]);
    expect(titlesOf(await search("chair", { sort: "price-desc" }))[0]).toBe("Executive high back chair");
  });

  it("shows a signed-in buyer what delivers to their office's state unless they ask for any state", async () => {
    const buyer = await actorFor(db(), "buyer@kraya.demo");
    const mine = await searchListings(db(), contextOf(buyer), searchFor("saree"));
    expect(mine.params.deliverTo).toBe("MP");
    expect(mine.total).toBe(3);
    const inBihar = await search("saree", { deliver: "BR" });
    expect(titlesOf(inBihar)).toEqual(["Handloom cotton saree"]);
    expect(inBihar.facets.anyDeliveryState).toBe(3);
  });
});
