import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionList } from "@/components/account/session-list";
import { browserName } from "@/components/account/browser-name";
import { Card } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from "@/lib/auth/session-expiry";
import { listOwnSessions } from "@/lib/dal/sessions";
import { formatDateTime } from "@/lib/format";
import { changePasswordAction, signOutOtherSessionsAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const caller = await requirePermission("manage:account:own");
  const sessions = await listOwnSessions(caller);
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Your account</h1>
        <p className="mt-1 text-slate-600">
          Signed in as {caller.name} ({caller.email}).
        </p>
      </div>
      <Card title="Change password">
        <ChangePasswordForm action={changePasswordAction} />
      </Card>
      <Card title="Where you are signed in">
        <p className="mb-4 text-sm text-slate-600">
          A session ends when you sign out, after {SESSION_IDLE_MINUTES} minutes without use, and {SESSION_ABSOLUTE_HOURS} hours after signing in.
        </p>
        <SessionList
          sessions={sessions.map((s) => ({
            id: s.id,
            browser: browserName(s.userAgent),
            address: s.ip,
            signedIn: formatDateTime(s.createdAt, caller.timeZone),
            lastSeen: formatDateTime(s.lastSeenAt, caller.timeZone),
            current: s.current,
          }))}
          signOutOthers={signOutOtherSessionsAction}
        />
      </Card>
    </div>
  );
}
