import Link from "next/link";
import type { ReactNode } from "react";
import type { Caller } from "@/lib/auth/caller";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** Patient pages are phone-first: one column, large touch targets, navigation within thumb reach. */
const PATIENT_NAV = [
  { href: "/my", label: "Today" },
  { href: "/my/plan", label: "Plan" },
  { href: "/my/log", label: "Log pain" },
  { href: "/my/history", label: "History" },
  { href: "/my/learn", label: "Learn" },
];

export function PatientShell({ caller, clinicName, children }: { caller: Caller; clinicName: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh pb-20">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-2xl items-center justify-between gap-3 px-4 py-2">
          <div className="leading-tight">
            <Logo />
            <span className="block text-xs text-slate-600">{clinicName}</span>
          </div>
          <div className="flex items-center gap-2">
            <span className="sr-only">Signed in as {caller.name}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-5">
        {children}
        <footer className="mt-10 border-t border-slate-200 pt-4 text-sm">
          <Link href="/my/access" className="inline-flex min-h-11 items-center text-brand-800 underline-offset-2 hover:underline">
            Who has seen my record
          </Link>
          <Link href="/account" className="ml-6 inline-flex min-h-11 items-center text-brand-800 underline-offset-2 hover:underline">
            Account and password
          </Link>
        </footer>
      </main>
      <nav aria-label="Main" className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-2xl justify-around px-2 py-1">
          {PATIENT_NAV.map((item) => (
            <NavLink key={item.href} href={item.href} fill>
              {item.label}
            </NavLink>
          ))}
        </div>
      </nav>
    </div>
  );
}
