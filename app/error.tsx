"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { DATABASE_UNAVAILABLE_DETAIL } from "@/lib/db-errors";

/**
 * Shown instead of any unexpected server error: no stack trace or SQL ever reaches the page. The
 * usual cause in production is the database going away between the proxy's check and the page's
 * query (proxy.ts answers 503 on its own once it notices), so the words are the 503 page's.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // reset() alone re-renders what the browser already has; refresh() asks the server again.
  const retry = () => startTransition(() => {
    router.refresh();
    reset();
  });
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">This page could not be loaded</h1>
      <p className="mt-3 text-slate-600">
        The server or its database cannot be reached right now, or something went wrong. {DATABASE_UNAVAILABLE_DETAIL}
      </p>
      <button type="button" onClick={retry} className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </main>
  );
}
