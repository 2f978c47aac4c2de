import fs from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The handout's embedded fonts (docs/decisions/0020-handout-redesign.md). Helvetica encodes only
 * WinAnsi, so a name in Chinese, Arabic, Greek or Cyrillic printed blank. Noto Sans covers Latin,
 * Greek and Cyrillic; the two fallbacks cover Arabic (IBM Plex Sans Arabic) and CJK (Noto Sans SC). react-pdf picks, per
 * character, the first family in the list that has a glyph, and pdfkit embeds only the glyphs used.
 */
const FAMILIES = [
  { family: "NotoSans", pkg: "noto-sans", files: { 400: "400Regular/NotoSans_400Regular.ttf", 700: "700Bold/NotoSans_700Bold.ttf" } },
  // Not Noto Sans Arabic: it builds letters from a dotless skeleton plus dot glyphs, and a PDF maps
  // each glyph to one character, so copied or searched Arabic came back scrambled. IBM Plex Sans
  // Arabic draws each letter form whole.
  { family: "PlexSansArabic", pkg: "ibm-plex-sans-arabic", files: { 400: "400Regular/IBMPlexSansArabic_400Regular.ttf", 700: "700Bold/IBMPlexSansArabic_700Bold.ttf" } },
  // Regular only: the CJK file is 10 MB, and react-pdf serves bold text from the nearest weight.
  { family: "NotoSansSC", pkg: "noto-sans-sc", files: { 400: "400Regular/NotoSansSC_400Regular.ttf" } },
] as const;

/** The fallback list every text style uses: Latin/Greek/Cyrillic first, then Arabic, then CJK. */
export const HANDOUT_FONTS: string[] = FAMILIES.map((f) => f.family);

// Read from node_modules at run time rather than imported: the bundler must not inline 11 MB of
// font, and `next start`, vitest and the bench script all run from the project root.
function fontPath(pkg: string, file: string): string {
  return path.join(process.cwd(), "node_modules", "@expo-google-fonts", pkg, file);
}

let registered = false;

/** Registers the families once per process (react-pdf keeps a global font store and caches parsed files). */
export function registerHandoutFonts(): void {
  if (registered) return;
  for (const { family, pkg, files } of FAMILIES) {
    const fonts = Object.entries(files).map(([weight, file]) => {
      const src = fontPath(pkg, file);
      if (!fs.existsSync(src)) throw new Error(`Handout font missing: ${src} (run npm ci)`);
      return { src, fontWeight: Number(weight) };
    });
    Font.register({ family, fonts });
  }
  registered = true;
}
