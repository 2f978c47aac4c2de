// Letters NFKD does not decompose into ASCII; without these "Strauß" would lose a letter (also used
// by the PDF, whose font cannot draw some of them).
export const ASCII_FOLD: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i",
};

/**
 * The one slug of Stride: "Zoë O'Neill-Brown" -> "zoe-oneill-brown". ASCII letters, digits and
 * single hyphens only, at most 60 characters, so it is safe in a Content-Disposition file name on
 * every OS and as an exercise key. Text with nothing left (a name in another script) gives `fallback`.
 */
export function slugify(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => ASCII_FOLD[c] ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    // "O'Neill" reads as one word, not "o-neill".
    .replace(/['\u2018\u2019`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}
