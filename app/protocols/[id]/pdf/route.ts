import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { appBaseUrl } from "@/lib/app-url";
import { getCurrentUser } from "@/lib/auth/session";
import { todayInZone } from "@/lib/dates";
import { getProtocolPdf } from "@/lib/dal/protocol-pdf";
import { handoutPlanUrl, pdfFileName } from "@/lib/pdf/protocol-pdf-data";
import { renderProtocolPdfOffThread } from "@/lib/pdf/render-off-thread";
import { clientIp } from "@/lib/request-ip";

/**
 * The printable protocol. Staff of the protocol's clinic may print any version (?version=N);
 * its patient only the current version. Anyone else, signed in or not, gets 404.
 */
export async function GET(req: NextRequest, ctx: RouteContext<"/protocols/[id]/pdf">) {
  const caller = await getCurrentUser();
  if (!caller) notFound();
  const { id } = await ctx.params;
  // The DAL authorises and writes the download's one audit row on every call, then serves the
  // handout from the shared cache or renders it on a worker thread (docs/decisions/0025-*).
  const { protocol, pdf, cache } = await getProtocolPdf(caller, id, req.nextUrl.searchParams.get("version") ?? undefined, { ip: clientIp(req.headers) }, {
    complete: async (protocol) => ({ ...protocol, generatedOn: todayInZone(caller.timeZone), portalUrl: handoutPlanUrl(await appBaseUrl()) }),
    render: renderProtocolPdfOffThread,
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdfFileName(protocol.patientName, protocol.version)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Stride-Cache": cache,
    },
  });
}
