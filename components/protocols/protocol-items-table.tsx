import { sideLabel } from "@/lib/clinical/exercise-labels";
import { formatDoseLine } from "@/lib/clinical/dose-notation";
import type { PrescribedItem } from "@/lib/dal/protocols";

/** The prescription as a compact table: the order the patient does the exercises in, with doses. */
export function ProtocolItemsTable({ items, caption }: { items: readonly PrescribedItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">#</th>
            <th scope="col" className="py-2 pr-3 font-medium">Exercise</th>
            <th scope="col" className="py-2 pr-3 font-medium">Dose</th>
            <th scope="col" className="py-2 pr-3 font-medium">Side</th>
            <th scope="col" className="py-2 pr-3 font-medium">Load</th>
            <th scope="col" className="py-2 font-medium">Note</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item, i) => (
            <tr key={`${item.exerciseId}-${i}`}>
              <td className="py-2 pr-3 tabular-nums text-slate-500">{i + 1}</td>
              <th scope="row" className="py-2 pr-3 font-medium text-slate-900">{item.name}</th>
              <td className="py-2 pr-3 text-slate-800">{formatDoseLine(item)}</td>
              <td className="py-2 pr-3 text-slate-800">{sideLabel[item.side]}</td>
              <td className="py-2 pr-3 text-slate-800">{item.load ?? "—"}</td>
              <td className="py-2 text-slate-700">{item.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
