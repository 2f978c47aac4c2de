/** "7 Mar 2026": day-month order with a spelled month cannot be misread across US and UK habits. */
export function formatDay(value: string | Date): string {
  const date = typeof value === "string" ? new Date(`${value}T12:00:00`) : value;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
