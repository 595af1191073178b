import type { Metadata } from "next";
import { ActivityLog } from "@/components/activity-log";
import { requireViewer } from "@/lib/auth";

export const metadata: Metadata = { title: "Activity log · Partner Hub" };

export default async function ProviderActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("activity.view");
  return <ActivityLog viewer={viewer} searchParams={await searchParams} path="/provider/activity" />;
}
