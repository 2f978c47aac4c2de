import Link from "next/link";
import type { ReactNode } from "react";
import type { Caller } from "@/lib/auth/caller";
import { Logo } from "./logo";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

/** Sections of the staff portal that exist so far; a link is added when its page lands. */
const STAFF_NAV: { href: string; label: string; adminOnly?: boolean }[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/patients", label: "Patients" },
  { href: "/exercises", label: "Exercises" },
  { href: "/templates", label: "Templates" },
  { href: "/admin/therapists", label: "Staff", adminOnly: true },
  { href: "/admin/audit", label: "Audit log", adminOnly: true },
  { href: "/admin/clinic", label: "Clinic settings", adminOnly: true },
];

export function StaffShell({ caller, clinicName, children }: { caller: Caller; clinicName: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 sm:px-6">
          <Link href="/dashboard" className="rounded-md">
            <Logo />
          </Link>
          {/* On a phone the links get a row of their own (scrolling sideways) below the name and sign-out. */}
          <nav aria-label="Main" className="order-last -mx-1 flex w-full gap-1 overflow-x-auto whitespace-nowrap px-1 lg:order-none lg:mx-0 lg:w-auto lg:flex-1 lg:flex-wrap lg:px-0">
            {STAFF_NAV.filter((item) => !item.adminOnly || caller.role === "admin").map((item) => (
              <NavLink key={item.href} href={item.href}>
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm lg:ml-0">
            <span className="text-right leading-tight">
              <span className="block font-medium text-slate-900">{caller.name}</span>
              <span className="block text-slate-600">
                {clinicName} · {caller.role === "admin" ? "Admin" : "Therapist"}
              </span>
            </span>
            <NavLink href="/account">Account</NavLink>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
