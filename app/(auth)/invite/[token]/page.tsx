import type { Metadata } from "next";
import { LinkPage } from "@/components/auth/link-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { lookUpInvite } from "@/lib/dal/invites";
import { acceptPortalInvite } from "./actions";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

const CLOSED = {
  used: { title: "This link has already been used", body: "If you set up your account, sign in with your email and password." },
  expired: { title: "This link has expired", body: "Invite links work for 7 days. Ask your clinic to send you a new one." },
  invalid: { title: "This link is not valid", body: "Check that you copied the whole link, or ask your clinic to send you a new one." },
} as const;

const JOINS_AS = { admin: "as an admin", therapist: "as a therapist" } as const;

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const invite = await lookUpInvite(token);
  if (invite.status !== "valid") return <LinkPage {...CLOSED[invite.status]} />;
  const intro =
    invite.kind === "staff-invite" && invite.role !== "patient"
      ? `${invite.clinicName} invited you to join their Stride team ${JOINS_AS[invite.role]}.`
      : `${invite.clinicName} invited you to see your exercise plan and log your pain.`;
  return (
    <LinkPage title="Set up your Stride account">
      <p className="mt-2 text-sm text-slate-700">
        {intro} You will sign in with your email, <span className="font-medium">{invite.maskedEmail}</span>.
      </p>
      <div className="mt-5">
        <SetPasswordForm token={token} action={acceptPortalInvite} submitLabel="Create my account" pendingLabel="Creating your account…" />
      </div>
    </LinkPage>
  );
}
