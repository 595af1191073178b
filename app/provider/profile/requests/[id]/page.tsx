import type { Metadata } from "next";
import Link from "next/link";
import { RequestDetails } from "@/components/request-details";
import { ownProfile } from "@/db/queries/profile";
import { providerRequest } from "@/db/queries/support-requests";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Support request · Partner Hub" };

export default async function ProviderRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("profile.view");
  const { id } = await params;
  const request = await orNotFound(providerRequest(viewer, id));
  const entry = await ownProfile(viewer);
  return (
    <>
      <Link href="/provider/profile" className="link text-sm">
        ← Provider profile
      </Link>
      <RequestDetails request={request} current={entry ?? { displayName: viewer.orgName, logoImageId: null, locations: [] }} />
    </>
  );
}
