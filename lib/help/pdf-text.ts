import "server-only";
import path from "node:path";
import type { HelpLanguage } from "./help-languages";

// PDF fonts carry one script each: Noto Sans (Latin), Noto Sans Devanagari and Noto Sans
// Tamil, shipped in lib/help/fonts (SIL Open Font License, see OFL.txt) so that a server
// without fonts renders them too. fontkit, inside PDFKit, shapes the Indic scripts (conjuncts,
// vowel signs placed before their consonant). A line mixing scripts ("प्राप्ति (PRC)") is
// written as runs, each in the font that has its letters.
type Script = "latin" | "devanagari" | "tamil";
export type Segment = { text: string; bold: boolean };
export type Run = Segment & { font: string };

const FONT_FILES: Record<Script, [regular: string, bold: string]> = {
  latin: ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"],
  devanagari: ["NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"],
  tamil: ["NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"],
};

const BASE_SCRIPT: Record<HelpLanguage, Script> = { en: "latin", hi: "devanagari", ta: "tamil" };

const FONT_DIR = path.join(process.cwd(), "lib/help/fonts");

export function registerHelpFonts(doc: PDFKit.PDFDocument): void {
  for (const [script, [regular, bold]] of Object.entries(FONT_FILES)) {
    doc.registerFont(fontName(script as Script, false), path.join(FONT_DIR, regular));
    doc.registerFont(fontName(script as Script, true), path.join(FONT_DIR, bold));
  }
}

function fontName(script: Script, bold: boolean): string {
  return `${script}-${bold ? "bold" : "regular"}`;
}

// Digits, spaces and most punctuation are in all three fonts and stay in the run they are in;
// Latin letters and the few signs the Indic fonts lack ($ & @ ` · •) need Noto Sans.
function scriptOf(character: string): Script | null {
  if (/[\u0900-\u097F\u1CD0-\u1CFF\uA8E0-\uA8FF]/.test(character)) return "devanagari";
  if (/[\u0B80-\u0BFF]/.test(character)) return "tamil";
  if (/[A-Za-z$&@`·•\u00C0-\u024F]/.test(character)) return "latin";
  return null;
}

export function runsOf(segments: Segment[], language: HelpLanguage): Run[] {
  const runs: Run[] = [];
  let script = BASE_SCRIPT[language];
  for (const { text, bold } of segments) {
    for (const character of text) {
      script = scriptOf(character) ?? script;
      const font = fontName(script, bold);
      const last = runs.at(-1);
      if (last && last.font === font) last.text += character;
      else runs.push({ text: character, bold, font });
    }
  }
  return runs;
}
