import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Logo } from "@/components/shell/logo";
import { homePathFor } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/auth/redirects";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const params = await searchParams;
  const caller = await getCurrentUser();
  const callback = safeCallbackPath(params.callbackUrl);
  if (caller) redirect(callback ?? homePathFor(caller.role));

  const notice = params.invited
    ? "Your account is ready. Sign in with your email and the password you just chose."
    : params.signedOut
      ? "You have signed out."
      : undefined;
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <Logo />
          <h1 className="mt-4 text-2xl font-semibold text-slate-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">For clinic staff and patients of a Stride clinic.</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={callback ?? "/"} notice={notice} />
        </div>
        <p className="mt-4 text-center text-sm text-slate-600">
          <Link href="/login/reset-help" className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
            Forgot your password?
          </Link>
        </p>
        <p className="mt-2 text-center text-sm text-slate-600">Patients: your therapist sends you a link to set up your account.</p>
      </div>
    </main>
  );
}
