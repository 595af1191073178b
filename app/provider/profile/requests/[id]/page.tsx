import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { RequestDetails } from "@/components/request-details";
import { ownProfile } from "@/db/queries/profile";
import { providerRequest } from "@/db/queries/support-requests";
import { requireViewer } from "@/lib/auth";
import { orNotFound } from "@/lib/not-found";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("profile.request.title") };
}

export default async function ProviderRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("profile.view");
  const { id } = await params;
  const request = await orNotFound(providerRequest(viewer, id));
  const entry = await ownProfile(viewer);
  const t = await getT();
  return (
    <>
      <Link href="/provider/profile" className="link text-sm">
        {t("profile.request.back")}
      </Link>
      <RequestDetails request={request} current={entry ?? { displayName: viewer.orgName, logoImageId: null, locations: [] }} />
    </>
  );
}
