import { test as base, type Browser, type Page } from "@playwright/test";
import { storageStatePath, type Persona } from "./personas";

/** `as(persona)` opens a page already signed in as that persona, in its own browser context. */
export const test = base.extend<{ as: (persona: Persona) => Promise<Page> }>({
  as: async ({ browser }, provide) => {
    const contexts: Awaited<ReturnType<Browser["newContext"]>>[] = [];
    await provide(async (persona) => {
      const context = await browser.newContext({ storageState: storageStatePath(persona) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";
