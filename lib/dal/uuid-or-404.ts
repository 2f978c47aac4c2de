import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";

const uuid = z.uuid();

/** An id from a URL or a form: a malformed one is just an id that matches nothing (404), never a database error. */
export function uuidOr404(id: unknown): string {
  const parsed = uuid.safeParse(id);
  if (!parsed.success) notFound();
  return parsed.data;
}
