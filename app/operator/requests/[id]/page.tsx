import type { Metadata } from "next";
import Link from "next/link";
import { RequestDetails } from "@/components/request-details";
import { entryForOperator } from "@/db/queries/profile";
import { openStatuses, requestForOperator } from "@/db/queries/support-requests";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { RequestActions } from "./request-actions";

export const metadata: Metadata = { title: "Support request · Partner Hub" };

export default async function OperatorRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("operator.requests");
  const { id } = await params;
  const request = await orNotFound(requestForOperator(viewer, id));
  const current = await orNotFound(entryForOperator(viewer, request.providerId));
  return (
    <>
      <Link href="/operator" className="link text-sm">
        ← Requests
      </Link>
      <RequestDetails request={request} current={current}>
        {openStatuses.includes(request.status) ? <RequestActions requestId={request.id} status={request.status} /> : null}
      </RequestDetails>
    </>
  );
}
