"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { ErrorPanel } from "@/components/shell/error-panel";

/** Shown instead of any unexpected server error, inside the root layout. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // reset() alone re-renders what the browser already has; refresh() asks the server again.
  const retry = () => startTransition(() => {
    router.refresh();
    reset();
  });
  return <ErrorPanel title="This page could not be loaded" onRetry={retry} />;
}
