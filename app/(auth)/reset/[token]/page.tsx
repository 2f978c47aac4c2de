import type { Metadata } from "next";
import { LinkPage } from "@/components/auth/link-page";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { lookUpReset } from "@/lib/dal/reset-links";
import { resetPassword } from "./actions";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

const CLOSED = {
  used: { title: "This link has already been used", body: "Reset links work once. If you set a new password, sign in with it; otherwise ask your clinic for a new link." },
  expired: { title: "This link has expired", body: "Reset links work for 24 hours. Ask your clinic for a new one; your old password keeps working until you use it." },
  invalid: { title: "This link is not valid", body: "Check that you copied the whole link, or ask your clinic for a new one." },
} as const;

export default async function ResetPage({ params }: PageProps<"/reset/[token]">) {
  const { token } = await params;
  const link = await lookUpReset(token);
  if (link.status !== "valid") return <LinkPage {...CLOSED[link.status]} />;
  return (
    <LinkPage title="Choose a new password">
      <p className="mt-2 text-sm text-slate-700">
        For your {link.clinicName} account, <span className="font-medium">{link.maskedEmail}</span>. Setting it signs you out everywhere else and
        signs you in here.
      </p>
      <div className="mt-5">
        <SetPasswordForm token={token} action={resetPassword} submitLabel="Set new password" pendingLabel="Saving your password…" />
      </div>
    </LinkPage>
  );
}
