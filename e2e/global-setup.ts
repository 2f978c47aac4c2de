import { request, type FullConfig } from "@playwright/test";
import { PASSWORD, PERSONAS, storageStatePath, type Persona } from "./personas";

/** Signs every persona in once through next-auth's own endpoints and saves its cookies. */
export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  for (const persona of Object.keys(PERSONAS) as Persona[]) {
    const context = await request.newContext({ baseURL });
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: PERSONAS[persona].email, password: PASSWORD, json: "true" },
    });
    if (!response.ok()) throw new Error(`Could not sign in ${persona}: HTTP ${response.status()}`);
    await context.storageState({ path: storageStatePath(persona) });
    await context.dispose();
  }
}
