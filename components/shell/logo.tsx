import { Activity } from "lucide-react";

export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight text-brand-800">
      <Activity aria-hidden className="size-5" />
      Stride
    </span>
  );
}
