import { DEMO_LOGINS, DEMO_PASSWORD } from "@/lib/seed/demo-logins";

export function printDemoLogins(baseUrl = "http://localhost:3000"): void {
  const width = Math.max(...DEMO_LOGINS.map((l) => l.email.length));
  console.log(`\n  Stride demo data is loaded. Sign in at ${baseUrl}/login with password: ${DEMO_PASSWORD}\n`);
  for (const login of DEMO_LOGINS) console.log(`    ${login.email.padEnd(width)}  ${login.role.padEnd(9)}  ${login.clinic}`);
  console.log("");
}
