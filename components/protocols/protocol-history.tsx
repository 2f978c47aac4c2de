import type { ProtocolVersionEntry } from "@/lib/dal/protocols";
import { formatDateTime } from "@/lib/format";

/** Every saved version, newest first, with what changed against the one before; saved times in the clinic's zone. */
export function ProtocolHistory({ entries, timeZone, headingLevel = 2 }: { entries: readonly ProtocolVersionEntry[]; timeZone: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="protocol-history-heading" className="space-y-3">
      <Heading id="protocol-history-heading" className="text-lg font-semibold text-slate-900">
        Version history
      </Heading>
      <ol className="space-y-2">
        {entries.map((entry) => (
          <li key={entry.version} className="rounded-md border border-slate-200 bg-white px-4 py-3">
            <p className="text-sm text-slate-600">
              <span className="font-semibold text-slate-900">v{entry.version}</span> · <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, timeZone)}</time>
              {entry.createdByName ? ` · ${entry.createdByName}` : ""}
            </p>
            <p className="mt-1 text-slate-800">
              <span className="sr-only">v{entry.version}: </span>
              {entry.summary}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
