import type { MediaRef } from "@/lib/dal/exercise-media";

type Props = { media?: MediaRef | null; exerciseName: string };

/**
 * A clinic's own picture or video of an exercise, or nothing. The file is served by /media/[id],
 * which checks access on every request. Videos load only their first frame until played.
 */
export function ExerciseMediaView({ media, exerciseName }: Props) {
  if (!media) return null;
  const src = `/media/${media.id}`;
  if (media.kind === "image") {
    // A plain img: next/image would proxy and cache a file that must not be cached.
    // eslint-disable-next-line @next/next/no-img-element
    return <img src={src} alt={media.altText} className="max-h-72 w-full rounded-md border border-slate-200 bg-slate-50 object-contain" />;
  }
  return (
    <video controls preload="metadata" className="max-h-72 w-full rounded-md border border-slate-200 bg-black" aria-label={media.altText || `Video: ${exerciseName}`}>
      <source src={src} type={media.mimeType} />
      <p>
        Your browser cannot play this video. <a href={src} className="font-medium text-brand-800 underline">Open the video of {exerciseName}</a>.
      </p>
    </video>
  );
}
