"use client";

import { Check, Copy } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "./button";

/**
 * A single-use link shown once, to copy by hand: Stride needs no email server. Without clipboard
 * permission the link is left selected, ready for Ctrl+C.
 */
export function CopyLinkField({ id, label, link }: { id: string; label: string; link: string }) {
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      ref.current?.select();
    }
    setCopied(true);
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} ref={ref} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-slate-50 px-3 font-mono text-sm" />
        <Button variant="secondary" onClick={copy} className="shrink-0">
          {copied ? <Check aria-hidden className="size-4" /> : <Copy aria-hidden className="size-4" />}
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </div>
  );
}
