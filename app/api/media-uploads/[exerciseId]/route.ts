import { notFound, unstable_rethrow } from "next/navigation";
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { assertMediaTarget, storeExerciseMedia } from "@/lib/dal/exercise-media";
import { getEnv } from "@/lib/env";
import { allowedOriginHosts, CROSS_ORIGIN_MESSAGE, isSameOriginPost } from "@/lib/http/request-guards";
import { MEDIA_LIMITS } from "@/lib/media/media-type";
import { receiveUpload } from "@/lib/media/receive-upload";
import { clientIp } from "@/lib/request-ip";
import { UserFacingError } from "@/lib/user-facing-error";

/**
 * Upload of one picture or video for a clinic's own exercise (components/media/media-upload-form.tsx).
 * A route handler, not a server action: the body is the file's raw bytes, streamed to a temporary
 * file with a byte cap, so a 2 GB upload is cut off at the limit instead of being buffered whole
 * (server actions buffer the body; docs/decisions/0018-media-store.md). The alt text travels in the
 * X-Alt-Text header (URI-encoded). proxy.ts leaves this path alone (it would buffer and truncate
 * the body), so the same-origin check is made here.
 */
export async function POST(req: NextRequest, ctx: RouteContext<"/api/media-uploads/[exerciseId]">) {
  const env = getEnv();
  const hosts = allowedOriginHosts(req.headers, { trustProxy: env.TRUST_PROXY, publicUrl: env.NEXTAUTH_URL });
  if (!isSameOriginPost(req.headers, hosts)) return answer(403, { message: CROSS_ORIGIN_MESSAGE });

  const caller = await getCurrentUser();
  if (!caller) notFound();
  const { exerciseId } = await ctx.params;
  // 404 before a byte is read: a patient, a built-in, another clinic's exercise.
  await assertMediaTarget(caller, exerciseId);

  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  if (declared > Math.max(...Object.values(MEDIA_LIMITS))) {
    return answer(413, { message: "This file is larger than 50 MB, the most Stride takes for a video. Nothing was saved." });
  }
  const altText = readAltText(req.headers.get("x-alt-text"));
  const received = await receiveUpload(req.body);
  if (!received.ok) return answer(received.status, { message: received.message, fieldErrors: { file: [received.message] } });

  try {
    const media = await storeExerciseMedia(caller, { exerciseId, altText, upload: received.upload }, { ip: clientIp(req.headers) });
    return answer(200, { ok: true, media, message: media.kind === "image" ? "Picture saved." : "Video saved." });
  } catch (error) {
    unstable_rethrow(error); // notFound() is control flow
    if (error instanceof UserFacingError) return answer(422, { message: error.message, fieldErrors: error.fieldErrors });
    console.error("[stride] media upload failed", { user: caller.userId, error });
    return answer(500, { message: "Something went wrong and nothing was saved. Please try again." });
  } finally {
    await received.upload.discard();
  }
}

function readAltText(header: string | null): string {
  if (!header) return "";
  try {
    // Control characters never reach the database (the same rule as every form).
    return decodeURIComponent(header).replace(/[\u0000-\u001f\u007f]/g, " ");
  } catch {
    return "";
  }
}

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...(status === 413 ? { Connection: "close" } : {}) } });
}
