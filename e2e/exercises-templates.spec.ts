import { expect, test, uniqueTag as unique } from "./fixtures";

test.describe("exercise library and templates", () => {
  test("a therapist browses and searches the library, duplicates a built-in and edits the copy", async ({ as, fresh }) => {
    const maya = await as("therapist");
    await maya.goto("/exercises");
    await expect(maya.getByRole("heading", { level: 1, name: "Exercise library" })).toBeVisible();
    for (const group of ["Hip strengthening, lying", "Hip strengthening, standing", "Thigh (quadriceps) strengthening", "Calf and spring", "Flexibility"]) {
      await expect(maya.getByRole("heading", { level: 2, name: new RegExp(`^${group.replace(/[()]/g, "\\$&")}`) })).toBeVisible();
    }
    const clam = maya.getByRole("article", { name: "Clam shell", exact: true });
    await expect(clam).toContainText("Hip abductors and external rotators");
    await expect(clam).toContainText("3 x 10 each side, 5x a week");
    await expect(clam).toContainText("open the top knee like a clam shell");
    // Built-ins are read-only: no edit link, only "duplicate to adapt".
    await expect(clam.getByRole("link", { name: /Edit/ })).toHaveCount(0);

    await maya.getByLabel("Search exercises").fill("foam roller");
    await maya.getByRole("button", { name: "Search" }).click();
    await expect(maya).toHaveURL(/\/exercises\?q=foam\+roller/);
    await expect(maya.getByRole("status")).toHaveText("2 exercises match “foam roller”.");
    await expect(maya.getByRole("article", { name: "Foam rolling, outer thigh" })).toBeVisible();
    await expect(maya.getByRole("article", { name: "Clam shell", exact: true })).toHaveCount(0);

    await maya.goto("/exercises?q=trampoline");
    await expect(maya.getByText("No exercises match “trampoline”.")).toBeVisible();
    await maya.getByRole("link", { name: "show the whole library" }).click();
    await expect(maya.getByRole("article", { name: "Clam shell", exact: true })).toBeVisible();

    await maya.getByRole("button", { name: "Duplicate to adapt Clam shell" }).click();
    await expect(maya).toHaveURL(/\/exercises\/[0-9a-f-]{36}\/edit\?copied=1$/);
    fresh.archiveWhenDone("exercise", maya.url()); // the copy leaves the library when the test ends
    await expect(maya.getByRole("heading", { level: 1, name: "Edit Clam shell (copy)" })).toBeVisible();

    // Bad input is refused with a message next to the field, and what was typed stays.
    const name = `Banded clam shell ${unique()}`;
    await maya.getByLabel("Name").fill("");
    await maya.getByLabel("Reps").fill("12");
    await maya.getByLabel("Equipment").fill("Green band");
    await maya.getByRole("button", { name: "Save changes" }).click();
    await expect(maya.getByText("Enter name.")).toBeVisible();
    await expect(maya.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(maya.getByLabel("Reps")).toHaveValue("12");
    await expect(maya.getByLabel("Equipment")).toHaveValue("Green band");

    await maya.getByLabel("Name").fill(name);
    await maya.getByRole("button", { name: "Save changes" }).click();
    await expect(maya).toHaveURL(/\/exercises\?saved=/);
    await expect(maya.getByRole("status").filter({ hasText: `Saved “${name}”.` })).toBeVisible();
    const copy = maya.getByRole("article", { name });
    await expect(copy).toContainText("Your clinic");
    await expect(copy).toContainText("3 x 12 each side, 5x a week");
    await expect(copy).toContainText("Green band");
    await expect(copy.getByRole("link", { name: `Edit ${name}` })).toBeVisible();
    // The built-in it came from is unchanged.
    await expect(maya.getByRole("article", { name: "Clam shell", exact: true })).toContainText("3 x 10 each side");
  });

  test("a therapist creates a template, reordering with the keyboard-operable buttons", async ({ as, fresh }) => {
    const maya = await as("therapist");
    await maya.goto("/templates");
    await expect(maya.getByRole("heading", { level: 2, name: "Runner's knee, phase 1" })).toBeVisible();
    await expect(maya.getByRole("heading", { level: 2, name: "Runner's knee, phase 2" })).toBeVisible();
    await maya.getByRole("link", { name: "New template" }).click();

    const name = `Stairs programme ${unique()}`;
    await maya.getByLabel("Template name").fill(name);
    await maya.getByLabel("Phase").fill("2");
    await maya.getByRole("button", { name: "Save template" }).click();
    await expect(maya.getByText("Add at least one exercise.")).toBeVisible();
    await expect(maya.getByLabel("Template name")).toHaveValue(name);

    for (const exercise of ["Split squat", "Clam shell", "Calf stretch"]) {
      await maya.getByLabel("Exercise to add").selectOption({ label: exercise });
      await maya.getByRole("button", { name: "Add exercise" }).click();
    }
    await maya.getByLabel("Reps for Split squat").fill("8");
    await maya.getByRole("button", { name: "Move Clam shell up" }).click();
    // At the top "Move up" is disabled, so focus lands on the same row's "Move down".
    await expect(maya.getByRole("button", { name: "Move Clam shell down" })).toBeFocused();
    await maya.keyboard.press("Enter");
    await maya.getByRole("button", { name: "Move Clam shell up" }).click();
    await maya.getByRole("button", { name: "Remove Calf stretch" }).click();
    await maya.getByRole("button", { name: "Save template" }).click();

    await expect(maya).toHaveURL(/\/templates\?saved=/);
    const card = maya.getByRole("article", { name });
    await expect(card).toContainText("Phase 2");
    await expect(card.getByRole("listitem")).toHaveText(["Clam shell", "Split squat"]);

    await card.getByRole("link", { name: `Edit ${name}` }).click();
    await expect(maya.getByLabel("Reps for Split squat")).toHaveValue("8");
    fresh.archiveWhenDone("template", maya.url()); // both templates leave the list when the test ends
    await maya.goto("/templates");
    await maya.getByRole("button", { name: `Duplicate ${name}` }).click();
    await expect(maya.getByRole("heading", { level: 1, name: `Edit ${name} (copy)` })).toBeVisible();
    fresh.archiveWhenDone("template", maya.url());
  });

  test("another clinic gets 404 on a Riverside template, and patients are sent away from the library", async ({ as }) => {
    const maya = await as("therapist");
    await maya.goto("/templates");
    const href = await maya.getByRole("link", { name: "Edit Runner's knee, phase 1" }).getAttribute("href");
    expect(href).toMatch(/^\/templates\/[0-9a-f-]{36}\/edit$/);

    const ana = await as("harborTherapist");
    const response = await ana.goto(href ?? "");
    expect(response?.status()).toBe(404);
    await expect(ana.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect((await ana.goto("/templates/not-a-uuid/edit"))?.status()).toBe(404);
    await ana.goto("/templates");
    await expect(ana.getByRole("heading", { level: 2, name: "Runner's knee, phase 1" })).toBeVisible();
    await expect(ana.getByRole("link", { name: "Edit Runner's knee, phase 1" })).not.toHaveAttribute("href", href ?? "");

    const sam = await as("patientA");
    await sam.goto("/exercises");
    await expect(sam).toHaveURL(/\/my$/);
    await sam.goto("/templates");
    await expect(sam).toHaveURL(/\/my$/);
  });
});
