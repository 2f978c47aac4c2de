import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";

export const buttonStyles: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-400",
  ghost: "text-slate-700 hover:bg-slate-100",
  danger: "bg-danger-700 text-white hover:opacity-90 disabled:bg-slate-400",
};

export type ButtonSize = "regular" | "large" | "icon";

/** Height, padding and type size, one set per size: `cn` does not resolve overrides, so callers pick a size. */
export const buttonSizes: Record<ButtonSize, string> = {
  regular: "min-h-11 px-4 py-2 text-sm",
  // The patient's main action on a phone: full width, a larger target and type.
  large: "min-h-12 w-full px-4 py-2 text-base",
  // A square icon-only control (it must have an aria-label).
  icon: "min-h-11 min-w-11 px-2 py-2 text-sm",
};

export const buttonShape = "inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors disabled:cursor-not-allowed";

/** A regular button's look, for links styled as buttons (with one of buttonStyles). */
export const buttonBase = `${buttonShape} ${buttonSizes.regular}`;

export function Button({ variant = "primary", size = "regular", className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={cn(buttonShape, buttonSizes[size], buttonStyles[variant], className)} {...props} />;
}
