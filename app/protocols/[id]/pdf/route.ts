import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { appBaseUrl } from "@/lib/app-url";
import { getCurrentUser } from "@/lib/auth/session";
import { todayInZone } from "@/lib/dates";
import { getProtocolForPdf } from "@/lib/dal/protocols";
import { handoutPlanUrl, pdfFileName } from "@/lib/pdf/protocol-pdf-data";
import { renderProtocolPdf } from "@/lib/pdf/render-protocol-pdf";
import { clientIp } from "@/lib/request-ip";

/**
 * The printable protocol. Staff of the protocol's clinic may print any version (?version=N);
 * its patient only the current version. Anyone else, signed in or not, gets 404.
 */
export async function GET(req: NextRequest, ctx: RouteContext<"/protocols/[id]/pdf">) {
  const caller = await getCurrentUser();
  if (!caller) notFound();
  const { id } = await ctx.params;
  // The DAL writes the download's one audit row: the patient's access history lists who printed their plan.
  const protocol = await getProtocolForPdf(caller, id, req.nextUrl.searchParams.get("version") ?? undefined, { ip: clientIp(req.headers) });

  const pdf = await renderProtocolPdf({ ...protocol, generatedOn: todayInZone(caller.timeZone), portalUrl: handoutPlanUrl(await appBaseUrl()) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${pdfFileName(protocol.patientName, protocol.version)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
