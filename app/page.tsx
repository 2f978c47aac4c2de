import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export default async function Home() {
  const caller = await requireUser();
  redirect(homePathFor(caller.role));
}
