"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A navigation link that marks the current section with aria-current for screen readers too.
 * `fill`: one of a row of equal tabs (the patient's bottom bar), narrower padding.
 */
export function NavLink({ href, children, fill = false }: { href: string; children: ReactNode; fill?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || (href !== "/my" && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center gap-2 rounded-md text-sm font-medium",
        fill ? "flex-1 justify-center px-1 text-center" : "px-3",
        current ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      {children}
    </Link>
  );
}
