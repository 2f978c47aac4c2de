import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/shell/logo";
import { lookUpInvite } from "@/lib/dal/invites";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

const CLOSED = {
  used: { title: "This link has already been used", body: "If you set up your account, sign in with your email and password." },
  expired: { title: "This link has expired", body: "Invite links work for 7 days. Ask your clinic to send you a new one." },
  invalid: { title: "This link is not valid", body: "Check that you copied the whole link, or ask your clinic to send you a new one." },
} as const;

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const invite = await lookUpInvite(token);
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <Logo />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          {invite.status === "valid" ? (
            <>
              <h1 className="text-xl font-semibold text-slate-900">Set up your Stride account</h1>
              <p className="mt-2 text-sm text-slate-700">
                {invite.clinicName} invited you to see your exercise plan and log your pain. You will sign in with your email,{" "}
                <span className="font-medium">{invite.maskedEmail}</span>.
              </p>
              <div className="mt-5">
                <SetPasswordForm token={token} />
              </div>
            </>
          ) : (
            <>
              <h1 className="text-xl font-semibold text-slate-900">{CLOSED[invite.status].title}</h1>
              <p className="mt-2 text-sm text-slate-700">{CLOSED[invite.status].body}</p>
              <Link href="/login" className="mt-5 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800">
                Go to sign in
              </Link>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
