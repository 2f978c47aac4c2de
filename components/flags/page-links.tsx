import Link from "next/link";
import { cn } from "@/components/ui/cn";

type Props = {
  page: number;
  /** Null when the list's count stopped at its cap: "Page 41", no last page named. */
  pageCount: number | null;
  /** From the page query itself (one row fetched beyond the page), so it holds past the cap too. */
  hasNext: boolean;
  href: (page: number) => string;
  label: string;
};

/** Previous / next links for a server-paged list; the page lives in the URL. */
export function PageLinks({ page, pageCount, hasNext, href, label }: Props) {
  if (page <= 1 && !hasNext) return null;
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
        Page {page}
        {pageCount === null ? null : ` of ${pageCount}`}
      </span>
      {hasNext ? (
        <Link href={href(page + 1)} className={cn(link, "text-brand-800 hover:bg-slate-100")}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
