import type { HTMLAttributes } from "react";
import { cn } from "./cn";

const tones = {
  error: "border-danger-700/30 bg-danger-50 text-danger-700",
  info: "border-brand-600/30 bg-brand-50 text-brand-800",
  success: "border-emerald-700/30 bg-emerald-50 text-emerald-800",
};

type Props = Omit<HTMLAttributes<HTMLDivElement>, "role"> & { tone?: keyof typeof tones };

/** Errors interrupt (role=alert); info and success are polite status messages. */
export function Alert({ tone = "info", children, className, ...props }: Props) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)} {...props}>
      {children}
    </div>
  );
}
