import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Stride", template: "%s · Stride" },
  description: "Clinic dashboard for physical therapists: patient records, exercise protocols and pain logs.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, none at build time: the Content-Security-Policy nonce
  // (proxy.ts) exists only in a request, and a prerendered page's scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
