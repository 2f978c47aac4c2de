import type { Metadata } from "next";
import Link from "next/link";
import { ModuleArticle } from "@/components/education/module-article";
import { requirePermission } from "@/lib/auth/session";
import { getMyEducationModule } from "@/lib/dal/my-education";

export const metadata: Metadata = { title: "Learn" };

/** One module of the patient's own plan; a key the plan does not include answers 404 (lib/dal/my-education.ts). */
export default async function LearnModulePage({ params }: PageProps<"/my/learn/[key]">) {
  const caller = await requirePermission("read:protocol:own");
  const lesson = await getMyEducationModule(caller, (await params).key);
  return (
    <div className="space-y-4">
      <Link href="/my/learn" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-800 underline">
        All reading
      </Link>
      <ModuleArticle lesson={lesson} />
    </div>
  );
}
