import type { Metadata } from "next";
import { DueQuestionnaireCard } from "@/components/outcomes/due-questionnaire-card";
import { MyScoreHistory } from "@/components/outcomes/my-score-history";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePermission } from "@/lib/auth/session";
import { listMyOpenRequests, listMyScores } from "@/lib/dal/my-outcomes";
import { todayInZone } from "@/lib/dates";

export const metadata: Metadata = { title: "My knee scores" };

export default async function MyOutcomesPage({ searchParams }: PageProps<"/my/outcomes">) {
  const caller = await requirePermission("read:outcome:own");
  const [query, open, scores] = await Promise.all([searchParams, listMyOpenRequests(caller), listMyScores(caller)]);
  const latest = scores.at(-1);
  return (
    <div className="space-y-5">
      <PageHeading back={{ href: "/my", label: "Back to today" }} title="My knee scores" lead="Your answers to the knee questionnaire (the Anterior Knee Pain Scale), scored." />
      {query.sent === "1" && latest ? (
        <Alert tone="success">
          Thank you, your answers were sent. Your score today is {latest.score} out of 100. Your therapist can see it.
        </Alert>
      ) : null}
      <DueQuestionnaireCard due={open.map((r) => ({ id: r.id, dueOn: r.dueOn, answered: Object.keys(r.draftAnswers).length }))} today={todayInZone(caller.timeZone)} hasScores={scores.length > 0} onHistoryPage />
      <Card title="Scores over time">
        <MyScoreHistory scores={scores} />
      </Card>
    </div>
  );
}
