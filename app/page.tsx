import Link from "next/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { homeFor } from "@/lib/permissions";

export default async function HomePage() {
  const viewer = await currentViewer();
  if (viewer) redirect(viewer.mustChangePassword ? "/change-password" : homeFor(viewer.role));
  return (
    <main className="mx-auto max-w-3xl px-6 py-20">
      <h1 className="text-4xl font-semibold text-slate-900">Partner Hub</h1>
      <p className="mt-4 text-lg text-slate-700">
        Indirect providers connect with indirect resellers, onboard customers on their behalf, place subscription orders and decide how much of
        each customer a reseller may manage. Resellers accept those relationships and manage the customers delegated to them.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-in" className="btn-primary">
          Sign in
        </Link>
        <Link href="/enrol" className="btn-secondary">
          Enrol as an indirect reseller
        </Link>
        <Link href="/providers" className="btn-secondary">
          Find an indirect provider
        </Link>
      </div>
    </main>
  );
}
