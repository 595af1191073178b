import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RequestDetails } from "@/components/request-details";
import { entryForOperator } from "@/db/queries/profile";
import { openStatuses, requestForOperator } from "@/db/queries/support-requests";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { RequestActions } from "./request-actions";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.request.title") };
}

export default async function OperatorRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("operator.requests");
  const { id } = await params;
  const request = await orNotFound(requestForOperator(viewer, id));
  const current = await orNotFound(entryForOperator(viewer, request.providerId));
  const t = await getT();
  return (
    <>
      <Link href="/operator" className="link text-sm">
        {t("operator.requests.back")}
      </Link>
      <RequestDetails request={request} current={current}>
        {openStatuses.includes(request.status) ? <RequestActions requestId={request.id} status={request.status} /> : null}
      </RequestDetails>
    </>
  );
}
