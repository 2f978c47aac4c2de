import type { Metadata } from "next";
import Link from "next/link";
import { AkpsForm } from "@/components/outcomes/akps-form";
import { Alert } from "@/components/ui/alert";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { getMyRequest } from "@/lib/dal/my-outcomes";
import { formatDate } from "@/lib/format";
import { saveAkpsDraft, submitAkps } from "../actions";

export const metadata: Metadata = { title: "Knee questionnaire" };

export default async function AkpsQuestionnairePage({ params }: PageProps<"/my/outcomes/[requestId]">) {
  const caller = await requirePermission("read:outcome:own");
  const request = await getMyRequest(caller, (await params).requestId);
  const back = { href: "/my", label: "Back to today" };
  if (request.status !== "open") {
    return (
      <div className="space-y-5">
        <PageHeading back={back} title="Knee questionnaire" />
        <Alert tone="info">
          {request.status === "completed" ? "You have already sent this questionnaire. Thank you." : "Your therapist has withdrawn this questionnaire: there is nothing to answer."}{" "}
          <Link href="/my/outcomes" className="font-medium underline">
            See your knee scores
          </Link>
        </Alert>
      </div>
    );
  }
  return (
    <div className="space-y-5">
      <PageHeading
        back={back}
        title="Knee questionnaire"
        lead={`13 short questions about your knee, due ${formatDate(request.dueOn)}. For each, choose the answer that fits your knee now. You can save and finish later.`}
      />
      <AkpsForm requestId={request.id} draft={request.draftAnswers} saveDraft={saveAkpsDraft} submit={submitAkps} />
    </div>
  );
}
