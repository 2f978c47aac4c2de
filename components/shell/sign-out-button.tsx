import { LogOut } from "lucide-react";

/**
 * A plain form post to app/sign-out/route.ts, rendered on the server: it works before the page
 * has hydrated, and no page loads next-auth's browser client (13 kB gzipped) for this button.
 */
export function SignOutButton() {
  return (
    <form method="post" action="/sign-out">
      <button type="submit" className="inline-flex min-h-11 items-center gap-2 rounded-md px-3 text-sm font-medium text-slate-700 hover:bg-slate-100">
        <LogOut aria-hidden className="size-4" />
        Sign out
      </button>
    </form>
  );
}
