import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** Previous / next links for a server-paged list; the page lives in the URL. */
export function PageLinks({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const link = "inline-flex min-h-11 items-center rounded-md px-3 font-medium";
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={cn(link, "text-brand-800 hover:bg-slate-100")}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={cn(link, "text-brand-800 hover:bg-slate-100")}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
