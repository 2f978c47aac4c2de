"use client";

// Shown instead of any unexpected server error: no stack trace or SQL ever reaches the page.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-3 text-slate-600">The page could not be loaded. Nothing you saved was lost. Please try again.</p>
      <button type="button" onClick={reset} className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
        Try again
      </button>
    </main>
  );
}
