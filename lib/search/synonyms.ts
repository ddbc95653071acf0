// What buyers type and what sellers write are often different words: "almirah" and "steel
// cupboard", "xerox" and "photocopier", Hindi and English. A query term is searched together
// with its synonyms (any of them may match). Terms may be phrases ("a4 paper"); every
// alternative is a phrase whose words must all match.

// Groups of equivalent terms, used both ways.
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["almirah", "cupboard", "steel cabinet", "storage cabinet"],
  ["xerox", "photocopier", "copier", "photocopying"],
  ["laptop", "notebook computer"],
  ["pc", "desktop computer"],
  ["ac", "air conditioner", "air conditioning"],
  ["sanitiser", "sanitizer"],
  ["a4 paper", "copier paper", "a4 sheets"],
  ["genset", "diesel generator", "dg set"],
  ["cctv", "camera", "surveillance camera"],
  ["ups", "uninterruptible power supply", "inverter battery"],
  ["saree", "sari", "sarees"],
  ["durrie", "dhurrie", "dari", "durry"],
  ["bulb", "lamp"],
  ["tubelight", "tube light", "batten"],
  ["fan", "pankha"],
  ["table", "desk"],
  ["sofa", "couch"],
  ["dustbin", "garbage bin", "waste bin"],
  ["mask", "respirator"],
  ["bp monitor", "blood pressure monitor"],
  ["oximeter", "pulse oximeter"],
  ["car", "sedan"],
  ["jeep", "suv"],
  ["pen", "ball pen"],
  ["file", "folder"],
  ["register", "notebook"],
  ["toner", "cartridge"],
  ["solar panel", "solar module", "pv module"],
  ["phenyl", "disinfectant"],
  ["broom", "jhadu"],
  ["mop", "pocha"],
  ["gamchha", "gamcha"],
  ["shawl", "stole"],
  ["bedsheet", "bed sheet", "chadar"],
  ["carpet", "rug", "kaleen"],
  ["handloom", "handwoven"],
  ["handicraft", "handmade"],
  ["guard", "security guard"],
  ["manpower", "outsourcing"],
  ["taxi", "cab"],
];

// Hindi words (and Hinglish spellings) buyers use, to the English words sellers list under.
const HINDI_TERMS: Readonly<Record<string, readonly string[]>> = {
  "साड़ी": ["saree"],
  "साडी": ["saree"],
  "साड़ियाँ": ["saree"],
  "कुर्सी": ["chair"],
  "कुर्सियाँ": ["chair"],
  "मेज़": ["table"],
  "मेज": ["table"],
  "टेबल": ["table"],
  "अलमारी": ["almirah", "cupboard"],
  "दरी": ["durrie"],
  "कालीन": ["carpet"],
  "शॉल": ["shawl"],
  "शाल": ["shawl"],
  "चादर": ["bedsheet"],
  "लैपटॉप": ["laptop"],
  "कंप्यूटर": ["computer"],
  "कम्प्यूटर": ["computer"],
  "प्रिंटर": ["printer"],
  "कागज़": ["paper"],
  "कागज": ["paper"],
  "हथकरघा": ["handloom"],
  "हस्तशिल्प": ["handicraft"],
  "अचार": ["pickle"],
  "शहद": ["honey"],
  "मसाले": ["spices"],
  "मसाला": ["spices"],
  "पंखा": ["fan"],
  "बल्ब": ["bulb"],
  "साबुन": ["soap"],
  "झाड़ू": ["broom"],
  "पोछा": ["mop"],
  "कलम": ["pen"],
  "पेन": ["pen"],
  "दस्ताने": ["gloves"],
  "मास्क": ["mask"],
  "बिस्तर": ["bed"],
  "ट्रैक्टर": ["tractor"],
  "बीज": ["seed"],
  "खाद": ["fertiliser"],
  "उर्वरक": ["fertiliser"],
  "कैमरा": ["camera"],
  "जनरेटर": ["generator"],
  "सोलर": ["solar"],
  "गमछा": ["gamcha"],
  "तौलिया": ["towel"],
  "दीया": ["diya"],
  "दीपक": ["diya"],
  "चित्रकला": ["painting"],
  "पेंटिंग": ["painting"],
  "बांस": ["bamboo"],
  "जूट": ["jute"],
  "रेशम": ["silk"],
  "सूती": ["cotton"],
  "खादी": ["khadi"],
  "हल्दी": ["turmeric"],
  "आटा": ["flour"],
};

export type TermAlternatives = readonly string[];

const synonymIndex: ReadonlyMap<string, TermAlternatives> = buildIndex();

function buildIndex(): Map<string, TermAlternatives> {
  const index = new Map<string, Set<string>>();
  const add = (term: string, alternatives: readonly string[]) => {
    const set = index.get(term) ?? new Set<string>();
    for (const alternative of alternatives) if (alternative !== term) set.add(alternative);
    index.set(term, set);
  };
  for (const group of SYNONYM_GROUPS) for (const term of group) add(term, group);
  for (const [term, english] of Object.entries(HINDI_TERMS)) {
    // A Hindi word also brings the English word's own synonyms (अलमारी -> almirah -> cupboard).
    add(term, english.flatMap((word) => [word, ...(index.get(word) ?? [])]));
  }
  return new Map([...index].map(([term, set]) => [term, [...set]]));
}

// The longest phrase a term may be (in words), for matching phrases in a query.
export const LONGEST_SYNONYM_TERM = Math.max(...[...synonymIndex.keys()].map((term) => term.split(" ").length));

export function synonymsOf(term: string): TermAlternatives {
  return synonymIndex.get(term) ?? [];
}
