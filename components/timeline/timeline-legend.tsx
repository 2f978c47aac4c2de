/**
 * The timeline's key, in HTML under the drawing rather than inside each chart: it wraps on a phone
 * while the drawing scrolls sideways, so every entry stays in view. Each entry repeats its series'
 * dash pattern and marker shape, not only its colour. Hidden from assistive technology with the
 * drawing it explains (the caption and the table carry the content).
 */
export type Marker = "circle" | "square" | "triangle" | "diamond" | "star" | "cross" | "bar" | "band" | "none";
export type LegendEntry = { label: string; color: string; dash?: string; marker: Marker; line?: boolean };

function MarkerShape({ marker, color }: { marker: Marker; color: string }) {
  switch (marker) {
    case "circle":
      return <circle cx={14} cy={6} r={3.5} fill={color} />;
    case "square":
      return <rect x={10.5} y={2.5} width={7} height={7} fill={color} />;
    case "triangle":
      return <path d="M14 1.5 L18 9.5 L10 9.5 Z" fill={color} />;
    case "diamond":
      return <path d="M14 1 L18 6 L14 11 L10 6 Z" fill={color} />;
    case "star":
      return <path d="M14 0.5 L15.5 4.5 L19.5 4.6 L16.3 7.1 L17.5 11 L14 8.7 L10.5 11 L11.7 7.1 L8.5 4.6 L12.5 4.5 Z" fill={color} />;
    case "cross":
      return <path d="M12.5 1.5 h3 v3 h3 v3 h-3 v3 h-3 v-3 h-3 v-3 h3 Z" fill={color} />;
    case "bar":
      return <rect x={10} y={1} width={8} height={10} fill={color} fillOpacity={0.7} stroke={color} />;
    case "band":
      return <rect x={2} y={1} width={24} height={10} fill={color} fillOpacity={0.2} />;
    case "none":
      return null;
  }
}

export function TimelineLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul aria-hidden className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {entries.map((e) => (
        <li key={e.label} className="inline-flex items-center gap-1.5">
          <svg width={28} height={12} viewBox="0 0 28 12">
            {e.line ? <line x1={0} y1={6} x2={28} y2={6} stroke={e.color} strokeWidth={2} strokeDasharray={e.dash} /> : null}
            <MarkerShape marker={e.marker} color={e.color} />
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}
