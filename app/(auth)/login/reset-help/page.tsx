import type { Metadata } from "next";
import { connection } from "next/server";
import { LinkPage } from "@/components/auth/link-page";

export const metadata: Metadata = { title: "Forgot your password?" };

/**
 * Stride sends no email, so a reset comes from a person at the clinic. This page says who to
 * ask and nothing else: it knows no account and reveals none.
 */
export default async function ResetHelpPage() {
  // Rendered per request like every other page, so it gets the request's CSP nonce.
  await connection();
  return (
    <LinkPage
      title="Forgot your password?"
      body={
        <>
          <p>Your clinic can give you a reset link. It works once, for 24 hours, and lets you choose a new password.</p>
          <p>
            <span className="font-medium">Clinic staff:</span> ask your clinic&apos;s Stride admin for a password reset link.
          </p>
          <p>
            <span className="font-medium">Patients:</span> ask your therapist or the clinic&apos;s front desk to reset your portal access.
          </p>
          <p>Until you use the link, your current password keeps working.</p>
        </>
      }
    />
  );
}
