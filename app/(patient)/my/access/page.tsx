import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { listAccessToOwnRecord } from "@/lib/dal/access-log";
import { formatDateTime } from "@/lib/format";
import { hrefOf, PAGE, readParams } from "@/lib/url-state";

export const metadata: Metadata = { title: "Who has seen my record" };

const ROLE = { admin: "clinic admin", therapist: "therapist" } as const;

const ACCESS_PARAMS = { page: PAGE };

export default async function AccessPage({ searchParams }: PageProps<"/my/access">) {
  const caller = await requirePermission("read:access-log:own");
  const { entries, total, page, pageCount } = await listAccessToOwnRecord(caller, readParams(ACCESS_PARAMS, await searchParams).page);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Who has seen my record</h1>
        <p className="mt-1 text-slate-700">
          Every time someone at your clinic opens, prints, downloads or changes your record, it is listed here, newest first.
        </p>
      </div>
      <Card>
        {entries.length === 0 ? (
          <p className="text-slate-700">Nobody at your clinic has opened your record yet.</p>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-600">{total === 1 ? "1 entry" : `${total} entries`}</p>
            <ol className="divide-y divide-slate-100">
              {entries.map((e) => (
                <li key={e.id} className="py-3">
                  <p className="text-slate-900">
                    <span className="font-medium">{e.who}</span>
                    <span className="text-slate-600"> ({ROLE[e.role]})</span> {e.did}
                  </p>
                  <p className="text-sm text-slate-600">
                    {/* On the clinic's clock, not the server's. */}
                    <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, caller.timeZone)}</time>
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </Card>
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="flex justify-between text-sm">
          {page > 1 ? <Link href={hrefOf("/my/access", ACCESS_PARAMS, { page: page - 1 })} className="min-h-11 py-3 font-medium text-brand-800 underline">Newer</Link> : <span />}
          <span className="py-3 text-slate-600">Page {page} of {pageCount}</span>
          {page < pageCount ? <Link href={hrefOf("/my/access", ACCESS_PARAMS, { page: page + 1 })} className="min-h-11 py-3 font-medium text-brand-800 underline">Older</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
