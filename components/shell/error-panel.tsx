import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_DETAIL } from "@/lib/db-errors";

/**
 * What app/error.tsx and app/global-error.tsx both show: no stack trace or SQL ever reaches the page.
 * The usual cause in production is the database going away between the proxy's check and the
 * page's query (proxy.ts answers 503 on its own once it notices), so the words are the 503 page's.
 * Not marked "use client": it takes a function, and both error pages that render it already are.
 */
export function ErrorPanel({ title, onRetry }: { title: string; onRetry: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      <p className="mt-3 text-slate-600">
        The server or its database cannot be reached right now, or something went wrong. {DATABASE_UNAVAILABLE_DETAIL}
      </p>
      <Button onClick={onRetry} className="mt-6">
        Try again
      </Button>
    </main>
  );
}
