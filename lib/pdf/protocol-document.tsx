import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import {
  ACCENT, EducationSection, ExerciseGroupSection, P, PainGuidance, PortalSection, styles, type NumberedItem,
} from "./protocol-document-parts";
import { GROUP_ORDER } from "@/lib/clinical/exercise-labels";
import { formatLongDate, type ProtocolPdfData } from "./protocol-pdf-data";

const local = StyleSheet.create({
  clinic: { fontFamily: "Helvetica-Bold", fontSize: 12, color: ACCENT, letterSpacing: 0.5, marginBottom: 4 },
  title: { fontFamily: "Helvetica-Bold", fontSize: 22, lineHeight: 1.2, marginBottom: 8 },
  header: { flexDirection: "row", marginBottom: 14 },
  headerQr: { width: 100, marginLeft: 12, alignItems: "center" },
  headerQrImage: { width: 92, height: 92 },
  headerQrCaption: { fontFamily: "Helvetica-Bold", fontSize: 12, color: ACCENT, textAlign: "center", marginTop: 2 },
  metaGrid: { flexDirection: "row", flexWrap: "wrap" },
  metaCell: { width: "50%", flexDirection: "row", marginBottom: 2, paddingRight: 8 },
  metaLabel: { width: 80, color: "#4f5b66" },
  metaValue: { flex: 1, fontFamily: "Helvetica-Bold" },
  footerRule: { position: "absolute", bottom: 52, left: 44, right: 44, borderTopWidth: 0.75, borderTopColor: "#c5ced6" },
  footerText: { position: "absolute", left: 44, fontSize: 10, color: "#4f5b66", maxLines: 1, textOverflow: "ellipsis" },
  footerLine1: { bottom: 36, right: 144 },
  footerLine2: { bottom: 22, right: 44 },
  pageNumber: { position: "absolute", bottom: 36, left: 44, right: 44, fontSize: 10, color: "#4f5b66", textAlign: "right" },
  exercisesHeading: { fontFamily: "Helvetica-Bold", fontSize: 18, marginBottom: 4 },
  h1: { fontFamily: "Helvetica-Bold", fontSize: 20, marginBottom: 6 },
  weekTitle: { flexDirection: "row", alignItems: "flex-end", marginBottom: 4, marginTop: 10 },
  table: { borderTopWidth: 1, borderLeftWidth: 1, borderColor: "#8a97a3" },
  row: { flexDirection: "row", minHeight: 22 },
  nameCell: {
    flex: 1, paddingVertical: 2, paddingHorizontal: 5, borderRightWidth: 1, borderBottomWidth: 1,
    borderColor: "#8a97a3", justifyContent: "center",
  },
  dayCell: {
    width: 36, borderRightWidth: 1, borderBottomWidth: 1, borderColor: "#8a97a3",
    alignItems: "center", justifyContent: "center",
  },
  cellText: { fontSize: 12, lineHeight: 1.2 },
  headRow: { backgroundColor: "#e8f3f1" },
  // Taller than tick rows: these take a handwritten number.
  painRow: { backgroundColor: "#f3f4f6", minHeight: 28 },
  tick: { width: 13, height: 13, borderWidth: 1, borderColor: "#4f5b66", borderRadius: 2 },
});

const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LOG_WEEKS = [1, 2, 3, 4];
// A week with this many exercises still fits on one Letter page even if every name takes two
// lines (about 630 of 680 pt); beyond it the table must be allowed to split rather than be clipped.
const MAX_EXERCISES_KEPT_WHOLE = 16;

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <View style={local.metaCell}>
      <Text style={local.metaLabel}>{label}</Text>
      <P style={local.metaValue}>{value}</P>
    </View>
  );
}

function Header({ data, qrDataUrl }: { data: ProtocolPdfData; qrDataUrl: string }) {
  return (
    <View style={local.header}>
      <View style={{ flex: 1 }}>
        <P style={local.clinic}>{data.clinicName.toUpperCase()}</P>
        <P style={local.title}>{data.title}</P>
        <View style={local.metaGrid}>
          <Meta label="Patient" value={data.patientName} />
          <Meta label="Therapist" value={data.therapistName} />
          <Meta label="Programme" value={`Phase ${data.phase}, version ${data.version}`} />
          <Meta label="Started" value={formatLongDate(data.startDate)} />
          <Meta label="This version" value={formatLongDate(data.versionDate)} />
          <Meta label="Printed" value={formatLongDate(data.generatedOn)} />
        </View>
      </View>
      {/* The code sits on the first thing the patient sees; the full invitation follows the exercises. */}
      <View style={local.headerQr}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt prop */}
        <Image src={qrDataUrl} style={local.headerQrImage} />
        <Text style={local.headerQrCaption}>Scan to log your pain online</Text>
      </View>
    </View>
  );
}

/** Page chrome: fixed, absolutely positioned lines inside the page's bottom padding. */
function Footer({ data }: { data: ProtocolPdfData }) {
  return (
    <>
      <View style={local.footerRule} fixed />
      <Text style={[local.footerText, local.footerLine1]} fixed>
        {`${data.patientName} - ${data.title} (v${data.version})`}
      </Text>
      {/* Spans the footer and aligns right: a render-prop text is measured before it has content,
          so a width taken from its own text would be zero. */}
      <Text
        style={local.pageNumber}
        fixed
        render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
      />
      <Text style={[local.footerText, local.footerLine2]} fixed>{`Log your pain online: ${data.portalUrl}`}</Text>
    </>
  );
}

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
        <LogRow label="Pain on waking (0-10)" shaded ticks={false} />
      </View>
    </View>
  );
}

function LogIntro({ portalUrl }: { portalUrl: string }) {
  return (
    <View>
      <P style={local.h1}>Your 4-week log</P>
      <P>
        Tick a box each day you do an exercise. Write your pain from 0 (none) to 10 (worst imaginable)
        during exercise, and each morning when you get up, in that morning’s column: it shows how your
        knee settled after the day before. Up to 5 during exercise is fine if it has settled by morning.
      </P>
      <P style={styles.muted}>{`Or log it online at ${portalUrl}: your therapist sees it straight away.`}</P>
    </View>
  );
}

/** Numbers run through the groups in print order so the log grid rows match the exercise cards. */
function numberByGroup(items: ProtocolPdfData["items"]) {
  let n = 0;
  return GROUP_ORDER.map((group) => ({
    group,
    entries: items.filter((item) => item.group === group).map((item) => ({ item, number: ++n })),
  })).filter((section) => section.entries.length > 0);
}

export function ProtocolDocument({ data, qrDataUrl }: { data: ProtocolPdfData; qrDataUrl: string }) {
  const sections = numberByGroup(data.items);
  const entries = sections.flatMap((section) => section.entries);
  return (
    <Document
      title={`${data.title} - ${data.patientName}`}
      author={data.therapistName}
      subject={`Exercise protocol, phase ${data.phase}, version ${data.version}`}
      creator={data.clinicName}
      producer="Stride"
      language="en"
    >
      <Page size={data.pageSize} style={styles.page} wrap>
        <Footer data={data} />
        <Header data={data} qrDataUrl={qrDataUrl} />
        <PainGuidance />
        <EducationSection modules={data.education ?? []} />
        {sections.map((section, i) => (
          <ExerciseGroupSection
            key={section.group}
            group={section.group}
            entries={section.entries}
            lead={i === 0 ? <P style={local.exercisesHeading}>Your exercises</P> : undefined}
          />
        ))}
        {/* Closes the exercises, where the last page usually has room, just before the paper log. */}
        <PortalSection portalUrl={data.portalUrl} qrDataUrl={qrDataUrl} />
      </Page>
      {/* Its own Page so the log always starts on a fresh sheet the patient can pin up. */}
      {entries.length > 0 ? (
        <Page size={data.pageSize} style={styles.page} wrap>
          <Footer data={data} />
          <LogIntro portalUrl={data.portalUrl} />
          {LOG_WEEKS.map((week) => (
            <LogWeek key={week} week={week} entries={entries} />
          ))}
        </Page>
      ) : null}
    </Document>
  );
}
