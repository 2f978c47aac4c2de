import { Image, Link, StyleSheet, Text, View } from "@react-pdf/renderer";
import { P, noHyphenation, styles, type NumberedItem } from "./protocol-document-parts";

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LOG_WEEKS = [1, 2, 3, 4];
// A week with this many exercises still fits on one Letter page even if every name takes two
// lines; beyond it the table must be allowed to split rather than be clipped.
const MAX_EXERCISES_KEPT_WHOLE = 16;
/**
 * The online pain log's name for the morning reading (components/patient-portal/pain-log-form.tsx):
 * it belongs to the day the patient wakes up, so the paper row takes it in that morning's column too.
 */
export const MORNING_ROW = "Pain on waking (0-10)";

const local = StyleSheet.create({
  h1: { fontWeight: 700, fontSize: 20, marginBottom: 4 },
  intro: { flexDirection: "row", marginBottom: 2 },
  qr: { width: 76, height: 76, marginLeft: 12 },
  weekTitle: { flexDirection: "row", alignItems: "flex-end", marginBottom: 3, marginTop: 8 },
  table: { borderTopWidth: 1, borderLeftWidth: 1, borderColor: "#8a97a3" },
  row: { flexDirection: "row", minHeight: 21 },
  nameCell: {
    flex: 1, paddingVertical: 1, paddingHorizontal: 5, borderRightWidth: 1, borderBottomWidth: 1,
    borderColor: "#8a97a3", justifyContent: "center",
  },
  dayCell: {
    width: 36, borderRightWidth: 1, borderBottomWidth: 1, borderColor: "#8a97a3",
    alignItems: "center", justifyContent: "center",
  },
  cellText: { fontSize: 12, lineHeight: 1.2 },
  headRow: { backgroundColor: "#e8f3f1" },
  // Taller than tick rows: these take a handwritten number.
  painRow: { backgroundColor: "#f3f4f6", minHeight: 27 },
  tick: { width: 13, height: 13, borderWidth: 1, borderColor: "#4f5b66", borderRadius: 2 },
});

function LogRow({ label, shaded, ticks }: { label: string; shaded?: boolean; ticks: boolean }) {
  return (
    <View style={[local.row, shaded ? local.painRow : {}]} wrap={false}>
      <View style={local.nameCell}>
        <P style={local.cellText}>{label}</P>
      </View>
      {DAYS.map((day) => (
        <View key={day} style={local.dayCell}>
          {ticks ? <View style={local.tick} /> : null}
        </View>
      ))}
    </View>
  );
}

function LogWeek({ week, entries }: { week: number; entries: NumberedItem[] }) {
  return (
    <View wrap={entries.length > MAX_EXERCISES_KEPT_WHOLE}>
      <View style={local.weekTitle}>
        <Text style={[styles.h3, { marginBottom: 0, marginRight: 16 }]}>{`Week ${week}`}</Text>
        <Text style={styles.muted}>Week starting: ____ / ____</Text>
      </View>
      <View style={local.table}>
        <View style={[local.row, local.headRow]}>
          <View style={local.nameCell}>
            <Text style={styles.bold}>Exercise</Text>
          </View>
          {DAYS.map((day) => (
            <View key={day} style={local.dayCell}>
              <Text style={styles.bold}>{day}</Text>
            </View>
          ))}
        </View>
        {entries.map(({ item, number }) => (
          <LogRow key={number} label={`${number}. ${item.name}`} ticks />
        ))}
        <LogRow label="Pain during exercise (0-10)" shaded ticks={false} />
        <LogRow label={MORNING_ROW} shaded ticks={false} />
      </View>
    </View>
  );
}

function LogIntro({ portalUrl, qrDataUrl }: { portalUrl: string; qrDataUrl: string }) {
  return (
    <View style={local.intro} wrap={false}>
      <View style={{ flex: 1 }}>
        <P style={local.h1}>Your 4-week log</P>
        <P>
          Tick a box each day you do an exercise. Write your pain from 0 (none) to 10 (worst imaginable)
          during exercise, and your pain on waking in the column of the day you wake up: it shows how your
          knee settled after the day before. Up to 5 during exercise is fine if it has settled by morning.
        </P>
        <P style={{ marginTop: 2 }}>
          <Text style={styles.bold}>You can log online instead: </Text>
          scan the code or go to{" "}
          <Link src={portalUrl} style={styles.url}>
            <Text hyphenationCallback={noHyphenation}>{portalUrl}</Text>
          </Link>
          . Your therapist sees it straight away.
        </P>
      </View>
      {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt prop; the address is printed beside it */}
      <Image src={qrDataUrl} style={local.qr} />
    </View>
  );
}

/** The paper log: the same exercise numbers as the cards, a tick grid per week and two pain rows. */
export function HandoutLog({ entries, portalUrl, qrDataUrl }: { entries: NumberedItem[]; portalUrl: string; qrDataUrl: string }) {
  return (
    <>
      <LogIntro portalUrl={portalUrl} qrDataUrl={qrDataUrl} />
      {LOG_WEEKS.map((week) => (
        <LogWeek key={week} week={week} entries={entries} />
      ))}
    </>
  );
}
