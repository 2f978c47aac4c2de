import { StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Styles } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { groupLabel } from "@/lib/clinical/exercise-labels";
import { ExerciseDrawingPdf } from "./exercise-drawing-pdf";
import { HANDOUT_FONTS } from "./fonts";
import { formatDose, formatSide, type ProtocolPdfItem } from "./protocol-pdf-data";

export const ACCENT = "#0b5d57";
const ACCENT_TINT = "#e8f3f1";
const INK = "#1d252c";
const MUTED = "#4f5b66";
const RULE = "#c5ced6";

/**
 * Each drawing frame's width in points (about 1.2 inches): a standing figure about an inch tall that
 * reads at arm's length. The drawings sit beside the words, so a card is about as tall as its text.
 */
const DRAWING_WIDTH = 86;

export const styles = StyleSheet.create({
  page: {
    // Noto Sans first, then the Arabic and CJK fallbacks, per character (lib/pdf/fonts.ts).
    fontFamily: HANDOUT_FONTS,
    fontSize: 12,
    // No lineHeight here. To fill in "Page X of Y", react-pdf re-resolves the styles of every page,
    // and an already-resolved lineHeight (a bare number) is multiplied by fontSize a second time.
    // Inherited by the page-number text, that made it vanish and, on some layouts, crashed pdfkit
    // ("unsupported number"). Body text sets its own lineHeight through P instead.
    color: INK,
    paddingTop: 30,
    paddingHorizontal: 40,
    // Leaves room for the fixed one-line footer so flowing content never runs underneath it.
    paddingBottom: 52,
  },
  // A unitless lineHeight is multiplied by the fontSize in the same flattened style (not the
  // inherited one), so the two travel together; a heading style passed after this overrides both.
  // 1.3: open enough for large print, and two cards' worth of lines more per page than 1.4.
  body: { fontSize: 12, lineHeight: 1.3 },
  bold: { fontWeight: 700 },
  muted: { color: MUTED },
  h2: { fontWeight: 700, fontSize: 16, color: ACCENT, marginBottom: 6 },
  h3: { fontWeight: 700, fontSize: 14, lineHeight: 1.2, marginBottom: 1 },
  box: { borderWidth: 1, borderColor: RULE, borderRadius: 4, padding: 12, marginBottom: 14 },
  tintBox: { backgroundColor: ACCENT_TINT, borderColor: ACCENT },
  bulletRow: { flexDirection: "row", marginBottom: 3 },
  bulletMark: { width: 14 },
  bulletBody: { flex: 1 },
  groupHeading: {
    fontWeight: 700, fontSize: 14, color: ACCENT, marginTop: 2, marginBottom: 4,
    paddingBottom: 2, borderBottomWidth: 1.5, borderBottomColor: ACCENT,
  },
  card: { flexDirection: "row", borderWidth: 1, borderColor: RULE, borderRadius: 4, paddingVertical: 6, paddingHorizontal: 8, marginBottom: 6 },
  cardText: { flex: 1 },
  cardDrawing: { marginLeft: 10 },
  dose: { fontWeight: 700, color: ACCENT, marginBottom: 2 },
  facts: { marginBottom: 2, color: MUTED },
  factLabel: { fontWeight: 700, color: MUTED },
  note: {
    marginTop: 4, paddingVertical: 3, paddingHorizontal: 8, backgroundColor: "#fff7e0",
    borderLeftWidth: 3, borderLeftColor: "#d49a00",
  },
  portal: { flexDirection: "row", alignItems: "center" },
  qr: { width: 96, height: 96, marginRight: 14 },
  url: { fontWeight: 700, fontSize: 13, color: ACCENT, textDecoration: "none" },
});

/**
 * Patients read these sheets, so a word split as "strength-ening" costs more than a ragged edge;
 * it also keeps names and notes whole for anyone searching or copying the text.
 */
export const noHyphenation = (word: string): string[] => [word];

type PdfStyle = Styles[string] | Styles[string][];

/** Body text: the readable line height and no hyphenation. */
export function P({ children, style }: { children: ReactNode; style?: PdfStyle }) {
  const extra = style === undefined ? [] : Array.isArray(style) ? style : [style];
  return (
    <Text style={[styles.body, ...extra]} hyphenationCallback={noHyphenation}>
      {children}
    </Text>
  );
}

function Bullet({ children }: { children: ReactNode }) {
  return (
    <View style={styles.bulletRow} wrap={false}>
      <Text style={styles.bulletMark}>•</Text>
      <P style={styles.bulletBody}>{children}</P>
    </View>
  );
}

/** "What to know": the plan's chosen education modules, title and one-line summary each (docs/clinical/education.md). */
export function EducationSection({ modules }: { modules: readonly { title: string; summary: string }[] }) {
  if (modules.length === 0) return null;
  return (
    // May split between bullets: every module chosen runs to most of a page in large print.
    <View style={styles.box}>
      <View minPresenceAhead={60}>
        <P style={styles.h2}>What to know</P>
      </View>
      {modules.map((m) => (
        <Bullet key={m.title}>
          <Text style={styles.bold}>{`${m.title}: `}</Text>
          {m.summary}
        </Bullet>
      ))}
      <P style={styles.muted}>Read more in the Learn section when you sign in online.</P>
    </View>
  );
}

export function PainGuidance() {
  return (
    <View style={styles.box} wrap={false}>
      <P style={styles.h2}>How much pain is OK</P>
      <Bullet>
        Some discomfort while you exercise is expected and safe. Pain up to 5 out of 10 during an
        exercise is fine, as long as it has settled by the next morning.
      </Bullet>
      <Bullet>
        If the pain has not settled by the next morning, or it is getting worse from one week to the
        next, ease off (fewer reps, less load or a smaller knee bend) and tell your therapist.
      </Bullet>
      <Bullet>Stop an exercise that causes sharp pain or pain above 5 out of 10.</Bullet>
      {/* docs/clinical/education.md: calm a flare by reducing the load that aggravates it, then rebuild. */}
      <P style={[styles.h3, { marginTop: 6 }]}>When your knee flares up</P>
      <Bullet>
        For a few days, do less of what makes it worse: shorter or fewer runs, fewer reps, less load or
        a smaller knee bend. You do not need to rest completely.
      </Bullet>
      <Bullet>Keep fit with activity that does not flare it, such as cycling with the saddle high enough.</Bullet>
      <Bullet>Then build back up step by step, as your therapist advises.</Bullet>
      <Bullet>
        Runner&apos;s knee does not usually swell. A hot, red or swollen knee is a reason to contact the
        clinic, not to treat it yourself.
      </Bullet>
    </View>
  );
}

// Roughly a third of a page of text: a block this short can always be kept whole on one page.
const KEEP_TOGETHER_CHARS = 1200;

export function blockFitsOnOnePage(item: ProtocolPdfItem): boolean {
  const chars = item.name.length + item.instructions.length + (item.note?.length ?? 0) +
    (item.load?.length ?? 0) + item.equipment.length;
  return chars <= KEEP_TOGETHER_CHARS;
}

function Facts({ item }: { item: ProtocolPdfItem }) {
  // Only what the dose line does not already say: "each side" covers both legs, and "None" is no
  // equipment. A line saved is what lets seven cards share two pages.
  const facts: [string, string][] = [];
  if (item.side !== "both") facts.push(["Side", formatSide(item.side)]);
  if (item.load) facts.push(["Load", item.load]);
  if (item.equipment.trim().toLowerCase() !== "none") facts.push(["Equipment", item.equipment]);
  if (facts.length === 0) return null;
  return (
    <P style={styles.facts}>
      {facts.map(([label, value], i) => (
        <Text key={label}>
          {i > 0 ? "     " : ""}
          <Text style={styles.factLabel}>{`${label}: `}</Text>
          {value}
        </Text>
      ))}
    </P>
  );
}

/** One exercise: name, the patient's dose, how to do it and the therapist's note, beside its drawing. */
export function ExerciseBlock({ item, number }: { item: ProtocolPdfItem; number: number }) {
  // Splitting a short card across pages separates a dose from its exercise; a very long one has
  // to flow, or react-pdf would push it to a fresh page and clip whatever does not fit there.
  const keepWhole = blockFitsOnOnePage(item);
  return (
    <View style={styles.card} wrap={!keepWhole}>
      <View style={styles.cardText}>
        <P style={styles.h3}>{`${number}. ${item.name}`}</P>
        <P style={styles.dose}>{formatDose(item)}</P>
        <Facts item={item} />
        <P>{item.instructions}</P>
        {item.note ? (
          <View style={styles.note}>
            <P>
              <Text style={styles.bold}>From your therapist: </Text>
              {item.note}
            </P>
          </View>
        ) : null}
      </View>
      {item.libraryKey ? (
        <View style={styles.cardDrawing}>
          <ExerciseDrawingPdf libraryKey={item.libraryKey} width={DRAWING_WIDTH} />
        </View>
      ) : null}
    </View>
  );
}

export type NumberedItem = { item: ProtocolPdfItem; number: number };

/**
 * Returns siblings rather than a wrapper View: react-pdf splits page-level children more reliably
 * than one tall nested View.
 */
export function ExerciseGroupSection({ group, entries }: { group: ProtocolPdfItem["group"]; entries: NumberedItem[] }) {
  const [first, ...rest] = entries;
  if (!first) return null;
  const headings = <Text style={styles.groupHeading}>{groupLabel[group]}</Text>;
  return (
    <>
      {/* A heading stranded at the foot of a page reads as an empty section, so it travels with
          the first exercise whenever that exercise is short enough to move as one piece. */}
      {blockFitsOnOnePage(first.item) ? (
        <View wrap={false}>
          {headings}
          <ExerciseBlock item={first.item} number={first.number} />
        </View>
      ) : (
        <>
          <View minPresenceAhead={120}>{headings}</View>
          <ExerciseBlock item={first.item} number={first.number} />
        </>
      )}
      {rest.map((entry) => (
        <ExerciseBlock key={entry.number} item={entry.item} number={entry.number} />
      ))}
    </>
  );
}
