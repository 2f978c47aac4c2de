import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { GROUP_ORDER } from "@/lib/clinical/exercise-labels";
import { HandoutLog } from "./handout-log";
import {
  ACCENT, EducationSection, ExerciseGroupSection, noHyphenation, P, PainGuidance, styles,
} from "./protocol-document-parts";
import { formatLongDate, type ProtocolPdfData } from "./protocol-pdf-data";

const MUTED = "#4f5b66";

const local = StyleSheet.create({
  clinic: { fontWeight: 700, fontSize: 12, color: ACCENT, letterSpacing: 0.5, marginBottom: 2 },
  title: { fontWeight: 700, fontSize: 20, lineHeight: 1.2, marginBottom: 4 },
  header: { flexDirection: "row", marginBottom: 8 },
  headerQr: { width: 92, marginLeft: 12, alignItems: "center" },
  headerQrImage: { width: 76, height: 76 },
  headerQrCaption: { fontWeight: 700, fontSize: 12, lineHeight: 1.15, color: ACCENT, textAlign: "center", marginTop: 1 },
  metaGrid: { flexDirection: "row", flexWrap: "wrap" },
  metaCell: { width: "50%", flexDirection: "row", paddingRight: 8 },
  metaLabel: { width: 76, color: MUTED, lineHeight: 1.4 },
  metaValue: { flex: 1, fontWeight: 700 },
  footerRule: { position: "absolute", bottom: 42, left: 40, right: 40, borderTopWidth: 0.75, borderTopColor: "#c5ced6" },
  // 12 pt like the body: the clinic's phone is the line a worried patient looks for.
  footerText: { position: "absolute", bottom: 24, fontSize: 12, color: MUTED, maxLines: 1, textOverflow: "ellipsis" },
  footerClinic: { left: 40, right: 250 },
  footerPage: { left: 345, right: 40, textAlign: "right" },
});

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
          <Meta label="Plan" value={`Phase ${data.phase}, version ${data.version}`} />
          <Meta label="Started" value={formatLongDate(data.startDate)} />
          <Meta label="Updated" value={formatLongDate(data.versionDate)} />
          <Meta label="Printed" value={formatLongDate(data.generatedOn)} />
        </View>
      </View>
      {/* The code sits on the first thing the patient sees; the log page repeats it beside the address. */}
      <View style={local.headerQr}>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf's Image has no alt prop */}
        <Image src={qrDataUrl} style={local.headerQrImage} />
        <Text style={local.headerQrCaption} hyphenationCallback={noHyphenation}>Scan to open your plan</Text>
      </View>
    </View>
  );
}

/** Page chrome: the clinic and its phone, the patient and the page number, on every page. */
function Footer({ data }: { data: ProtocolPdfData }) {
  const clinic = data.clinicPhone ? `${data.clinicName} · Phone ${data.clinicPhone}` : data.clinicName;
  return (
    <>
      <View style={local.footerRule} fixed />
      <Text style={[local.footerText, local.footerClinic]} fixed>{clinic}</Text>
      {/* Spans its box and aligns right: a render-prop text is measured before it has content,
          so a width taken from its own text would be zero. */}
      <Text
        style={[local.footerText, local.footerPage]}
        fixed
        render={({ pageNumber, totalPages }) => `${data.patientName} · Page ${pageNumber} of ${totalPages}`}
      />
    </>
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

/**
 * The handout (docs/decisions/0020-handout-redesign.md): exercise cards straight after the header,
 * then what to know (pain guidance and the chosen education), then the paper log on fresh sheets.
 */
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
        {sections.map((section) => (
          <ExerciseGroupSection key={section.group} group={section.group} entries={section.entries} />
        ))}
        {/* After the cards, where the last exercise page has room: they never push a card onto a third page. */}
        <PainGuidance />
        <EducationSection modules={data.education ?? []} />
      </Page>
      {/* Its own Page so the log always starts on a fresh sheet the patient can pin up. */}
      {entries.length > 0 ? (
        <Page size={data.pageSize} style={styles.page} wrap>
          <Footer data={data} />
          <HandoutLog entries={entries} portalUrl={data.portalUrl} qrDataUrl={qrDataUrl} />
        </Page>
      ) : null}
    </Document>
  );
}
