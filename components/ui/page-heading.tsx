import Link from "next/link";
import type { ReactNode } from "react";

/** A sub-page's heading: the way back (a plain link to where it came from), the title, an optional lead. */
export function PageHeading({ back, title, lead }: { back: { href: string; label: string }; title: ReactNode; lead?: ReactNode }) {
  return (
    <div>
      <Link href={back.href} className="text-sm font-medium text-brand-800 underline">
        {back.label}
      </Link>
      <h1 className="mt-1 text-2xl font-semibold text-slate-900">{title}</h1>
      {lead ? <p className="mt-1 text-slate-600">{lead}</p> : null}
    </div>
  );
}
