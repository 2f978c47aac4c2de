import { renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { registerHandoutFonts } from "./fonts";
import { ProtocolDocument } from "./protocol-document";
import { toPrintable, type ProtocolPdfData } from "./protocol-pdf-data";

/** Renders the patient handout. Pure: the caller loads and authorises the data. */
export async function renderProtocolPdf(data: ProtocolPdfData): Promise<Buffer> {
  registerHandoutFonts();
  // 256 px with a one-module quiet zone stays sharp at the printed 84 pt and scans from paper.
  const qrDataUrl = await QRCode.toDataURL(data.portalUrl, { margin: 1, width: 256 });
  return renderToBuffer(<ProtocolDocument data={toPrintable(data)} qrDataUrl={qrDataUrl} />);
}
