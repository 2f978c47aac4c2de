import { notFound } from "next/navigation";
import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getMediaForServing } from "@/lib/dal/exercise-media";
import { parseByteRange } from "@/lib/media/byte-range";
import { getMediaStore, MediaNotFoundError } from "@/lib/media/store";

/**
 * One exercise picture or video. Staff of its clinic, or a patient whose active plan's current
 * version prescribes the exercise; anyone else (another clinic, a plan without it, removed media,
 * an unknown id, the signed-out) gets 404. Never cached: access changes when a plan does.
 * Videos seek with Range requests (206 / 416).
 */
export async function GET(req: NextRequest, ctx: RouteContext<"/media/[id]">) {
  const caller = await getCurrentUser();
  if (!caller) notFound();
  const media = await getMediaForServing(caller, (await ctx.params).id);
  const store = getMediaStore();
  const headers = new Headers({
    "Content-Type": media.mimeType,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": "inline",
    "Accept-Ranges": "bytes",
  });

  const range = parseByteRange(req.headers.get("range"), media.byteSize);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${media.byteSize}`);
    return new Response(null, { status: 416, headers });
  }
  try {
    const { stream, size } = await store.get(media.storageKey, range ?? undefined);
    const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    if (!range) {
      headers.set("Content-Length", String(size));
      return new Response(body, { status: 200, headers });
    }
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    headers.set("Content-Length", String(range.end - range.start + 1));
    return new Response(body, { status: 206, headers });
  } catch (error) {
    // A row whose file is gone (deleted by hand, a volume not shared between instances) is a 404, logged.
    if (error instanceof MediaNotFoundError) {
      console.error("[stride] media row without a file", { key: media.storageKey });
      notFound();
    }
    throw error;
  }
}
