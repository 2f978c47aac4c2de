"use server";

import { authedAction } from "@/lib/auth/authed-action";
import { archiveTemplate, createTemplate, duplicateTemplate, updateTemplate } from "@/lib/dal/templates";
import { templateFormSchema, templateIdSchema } from "@/lib/validation/template";

export const createTemplateAction = authedAction(templateFormSchema, "write:template:clinic", async ({ input, caller, tx }) => {
  const template = await createTemplate(caller, tx, input);
  return {
    audit: { action: "template.created", entity: "template", entityId: template.id },
    revalidate: ["/templates"],
    redirectTo: `/templates?saved=${template.id}`,
  };
});

export const updateTemplateAction = authedAction(templateFormSchema, "write:template:clinic", async ({ input: { id, ...input }, caller, tx }) => {
  const template = await updateTemplate(caller, tx, id, input);
  return {
    audit: { action: "template.updated", entity: "template", entityId: template.id },
    revalidate: ["/templates", `/templates/${template.id}/edit`],
    redirectTo: `/templates?saved=${template.id}`,
  };
});

export const duplicateTemplateAction = authedAction(templateIdSchema, "write:template:clinic", async ({ input, caller, tx }) => {
  const copy = await duplicateTemplate(caller, tx, input.id);
  return {
    audit: { action: "template.duplicated", entity: "template", entityId: copy.id, detail: { sourceTemplateId: input.id } },
    revalidate: ["/templates"],
    redirectTo: `/templates/${copy.id}/edit?copied=1`,
  };
});

export const archiveTemplateAction = authedAction(templateIdSchema, "write:template:clinic", async ({ input, caller, tx }) => {
  const template = await archiveTemplate(caller, tx, input.id);
  return {
    audit: { action: "template.archived", entity: "template", entityId: template.id },
    revalidate: ["/templates"],
    redirectTo: "/templates?archived=1",
  };
});
