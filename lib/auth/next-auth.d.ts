import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    clinicId: string;
    sessionId: string;
  }
  interface Session {
    user: { id: string; role: Role; clinicId: string } & DefaultSession["user"];
    /** The server-side session row (lib/dal/sessions.ts); the row, not this token, says whether it is alive. */
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    clinicId: string;
    /** Id of the sessions row opened at sign-in: sign-out, expiry and revocation end it there. */
    sid: string;
  }
}
