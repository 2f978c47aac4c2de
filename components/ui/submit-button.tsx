"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button, type ButtonSize, type ButtonVariant } from "./button";

/** Disabled while its form's action runs, so a double click cannot submit twice. */
export function SubmitButton({ children, pendingLabel, variant = "primary", size, className }: { children: ReactNode; pendingLabel: string; variant?: ButtonVariant; size?: ButtonSize; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
