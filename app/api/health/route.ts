import { databaseAnswers } from "@/lib/dal/health";

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const ok = await databaseAnswers();
  return Response.json({ status: ok ? "ok" : "degraded", db: ok ? "up" : "down" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
