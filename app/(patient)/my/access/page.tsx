import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { ACCESS_PAGE_SIZE, listAccessToOwnRecord } from "@/lib/dal/access-log";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Who has seen my record" };

const ROLE = { admin: "clinic admin", therapist: "therapist", patient: "patient" } as const;

export default async function AccessPage({ searchParams }: PageProps<"/my/access">) {
  const caller = await requirePermission("read:access-log:own");
  const pageParam = Number((await searchParams).page);
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const { entries, total } = await listAccessToOwnRecord(caller, page);
  const pages = Math.max(1, Math.ceil(total / ACCESS_PAGE_SIZE));

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Who has seen my record</h1>
        <p className="mt-1 text-slate-700">Every time someone at your clinic opens, prints or changes your record, it is listed here.</p>
      </div>
      <Card>
        {entries.length === 0 ? (
          <p className="text-slate-700">Nobody at your clinic has opened your record yet.</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {entries.map((e, i) => (
              <li key={`${e.at.toISOString()}-${i}`} className="py-3">
                <p className="text-slate-900">
                  <span className="font-medium">{e.who}</span>
                  {e.role ? <span className="text-slate-600"> ({ROLE[e.role]})</span> : null} {e.did}
                </p>
                <p className="text-sm text-slate-600">
                  {/* On the clinic's clock, not the server's. */}
                  <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, caller.timeZone)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex justify-between text-sm">
          {page > 1 ? <Link href={`/my/access?page=${page - 1}`} className="min-h-11 py-3 font-medium text-brand-800 underline">Newer</Link> : <span />}
          <span className="py-3 text-slate-600">Page {page} of {pages}</span>
          {page < pages ? <Link href={`/my/access?page=${page + 1}`} className="min-h-11 py-3 font-medium text-brand-800 underline">Older</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
