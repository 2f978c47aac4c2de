import Link from "next/link";
import { Button } from "@/components/ui/button";

/** A plain GET form: the search lives in the URL (?q=), works without JavaScript and can be bookmarked. */
export function ExerciseSearch({ q }: { q: string }) {
  return (
    <form role="search" action="/exercises" className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="exercise-search" className="block text-sm font-medium text-slate-800">
          Search exercises
        </label>
        <input
          id="exercise-search"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={100}
          placeholder="Name, target muscle or equipment"
          className="block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500"
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
      {q ? (
        <Link href="/exercises" className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-brand-800 underline">
          Clear search
        </Link>
      ) : null}
    </form>
  );
}
