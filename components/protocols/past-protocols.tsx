import type { PastProtocol } from "@/lib/dal/protocols";
import { formatDate } from "@/lib/format";

export function PastProtocols({ protocols }: { protocols: readonly PastProtocol[] }) {
  if (protocols.length === 0) return null;
  return (
    <section aria-labelledby="past-protocols-heading" className="space-y-2">
      <h3 id="past-protocols-heading" className="text-base font-semibold text-slate-900">
        Ended protocols
      </h3>
      <ul className="space-y-1 text-sm text-slate-700">
        {protocols.map((p) => (
          <li key={p.id}>
            <span className="font-medium text-slate-900">{p.title}</span> · phase {p.phase} · {formatDate(p.startDate)} to {p.endDate ? formatDate(p.endDate) : "?"} ·{" "}
            {p.versions} {p.versions === 1 ? "version" : "versions"}
          </li>
        ))}
      </ul>
    </section>
  );
}
