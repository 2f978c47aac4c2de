import { StaffRowActions, type StaffActions } from "./staff-row-actions";

export type StaffRow =
  | { kind: "member"; id: string; name: string; email: string; role: "admin" | "therapist"; disabled: boolean; lastSignIn: string | null }
  | { kind: "invite"; id: string; name: string; email: string; role: "admin" | "therapist"; expired: boolean; expires: string };

const ROLE = { admin: "Admin", therapist: "Therapist" } as const;

function Status({ row }: { row: StaffRow }) {
  const [label, tone] =
    row.kind === "invite"
      ? [row.expired ? "Invite expired" : "Invited", "bg-amber-50 text-amber-800 ring-amber-700/20"]
      : row.disabled
        ? ["Disabled", "bg-slate-100 text-slate-700 ring-slate-600/20"]
        : ["Active", "bg-emerald-50 text-emerald-800 ring-emerald-700/20"];
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>{label}</span>;
}

/** The clinic's staff and open invites; dates arrive already formatted in the clinic's zone. */
export function StaffTable({ rows, actions }: { rows: StaffRow[]; actions: StaffActions }) {
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Staff accounts</caption>
          <thead className="bg-slate-50">
            <tr>
              {["Name", "Email", "Role", "Status", "Last sign-in", "Actions"].map((h) => (
                <th key={h} scope="col" className="whitespace-nowrap px-4 py-3 text-left font-semibold text-slate-700">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={`${row.kind}-${row.id}`} className="align-top">
                <th scope="row" className="px-4 py-3 text-left font-medium text-slate-900">
                  {row.name}
                </th>
                <td className="break-all px-4 py-3 text-slate-800">{row.email}</td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-800">{ROLE[row.role]}</td>
                <td className="whitespace-nowrap px-4 py-3">
                  <Status row={row} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-800">{row.kind === "member" ? (row.lastSignIn ?? "Never") : "Never"}</td>
                <td className="min-w-72 px-4 py-3">
                  {row.kind === "member" ? (
                    <StaffRowActions member={row} actions={actions} />
                  ) : (
                    <p className="text-slate-600">
                      {row.expired ? `Link expired ${row.expires}.` : `Link expires ${row.expires}.`} Inviting the same email again replaces it.
                    </p>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
