import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    clinicId: string;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; clinicId: string } & DefaultSession["user"];
    /** Compared with users.session_version on every request; see lib/auth/session.ts. */
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    clinicId: string;
    /** Must equal users.session_version; bumping the column revokes this token. */
    sv: number;
  }
}
