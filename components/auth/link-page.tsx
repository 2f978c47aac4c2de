import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";

/**
 * The frame of the public link pages (/invite, /reset, /login/reset-help). With a body and no
 * children it is a closed link's page: what happened, and the way back to sign-in.
 */
export function LinkPage({ title, body, children }: { title: string; body?: ReactNode; children?: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <Logo />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
          {body ? <div className="mt-2 space-y-2 text-sm text-slate-700">{body}</div> : null}
          {children ?? (
            <Link href="/login" className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
              Go to sign in
            </Link>
          )}
        </div>
      </div>
    </main>
  );
}
