"use client";

import { ErrorPanel } from "@/components/shell/error-panel";
import "./globals.css";

/** The last resort, when the root layout itself fails: it replaces the layout, so it has its own html and body. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <ErrorPanel title="Stride could not load this page" onRetry={reset} />
      </body>
    </html>
  );
}
