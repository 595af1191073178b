import type { Metadata } from "next";
import { ActivityLog } from "@/components/activity-log";
import { requireViewer } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("activity.title") };
}

export default async function ProviderActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("activity.view");
  return <ActivityLog viewer={viewer} searchParams={await searchParams} path="/provider/activity" />;
}
