"use client";

import { getCsrfToken } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** One message for every failed sign-in: it must not reveal whether the email has an account. */
const SIGN_IN_FAILED = "The email or password is incorrect.";
const UNAVAILABLE = "Sign-in is unavailable right now. Please try again in a moment.";

const minutes = (seconds: number) => {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return `${n} minute${n === 1 ? "" : "s"}`;
};

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * Posts to next-auth's credentials callback itself rather than through signIn(), because
 * signIn() drops the status and headers: a 429 with Retry-After must reach the person as
 * "try again in N minutes". The same messages hold for unknown emails, so nothing is revealed.
 */
async function postCredentials(email: string, password: string, callbackUrl: string): Promise<Outcome> {
  const csrfToken = (await getCsrfToken()) ?? "";
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
  });
  if (response.status === 429) {
    const body = (await response.json().catch(() => ({}))) as { scope?: string };
    const wait = minutes(Number(response.headers.get("Retry-After")) || 900);
    return {
      ok: false,
      message: body.scope === "pair"
        ? `Too many failed attempts for this email from this network. Try again in ${wait}.`
        : `Too many attempts from this network. Try again in ${wait}.`,
    };
  }
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : "Unavailable";
  if (response.ok && !error) return { ok: true };
  if (error === "TooManyAttempts") return { ok: false, message: "Too many attempts from this network. Try again in a few minutes." };
  return { ok: false, message: error === "CredentialsSignin" ? SIGN_IN_FAILED : UNAVAILABLE };
}

export function LoginForm({ callbackUrl, notice }: { callbackUrl: string; notice?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const outcome = await postCredentials(String(form.get("email") ?? ""), String(form.get("password") ?? ""), callbackUrl);
      if (outcome.ok) {
        // A full navigation, so every server component renders with the new session cookie.
        window.location.assign(callbackUrl);
        return;
      }
      setError(outcome.message);
    } catch {
      setError("Sign-in is unavailable right now. Please check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="Email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
