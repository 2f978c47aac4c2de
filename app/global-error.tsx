"use client";

import { DATABASE_UNAVAILABLE_DETAIL } from "@/lib/db-errors";
import "./globals.css";

/** The last resort, when the root layout itself fails: it replaces the layout, so it has its own html and body. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold text-slate-900">Stride could not load this page</h1>
          <p className="mt-3 text-slate-600">
            The server or its database cannot be reached right now, or something went wrong. {DATABASE_UNAVAILABLE_DETAIL}
          </p>
          <button type="button" onClick={reset} className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
