import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { requireAuthSecret } from "@/lib/env";
import { authenticate } from "./credentials";
import { clientIp } from "@/lib/request-ip";

/** Staff work a clinic day; a session outlives a shift but not a week. */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;


// A function, not a constant: the secret is read when a request needs it, never at build time.
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: requireAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const user = await authenticate(credentials?.email ?? "", credentials?.password ?? "", clientIp(req?.headers));
          return user ? { ...user } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          // `user` is only present at sign-in; afterwards the token carries these claims.
          token.uid = user.id;
          token.role = user.role;
          token.clinicId = user.clinicId;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid, role: token.role, clinicId: token.clinicId, name: session.user?.name, email: session.user?.email };
        session.sessionVersion = token.sv;
        return session;
      },
    },
  };
}
