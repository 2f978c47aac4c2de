import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

// Options are built per request so the secret is read at runtime, never during `next build`.
async function handler(req: Request, ctx: RouteContext<"/api/auth/[...nextauth]">) {
  return NextAuth(getAuthOptions())(req, ctx);
}

export { handler as GET, handler as POST };
