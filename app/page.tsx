import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { landingFor } from "@/lib/permissions";

export default async function HomePage() {
  const viewer = await currentViewer();
  if (viewer) redirect(landingFor(viewer));
  const t = await getT();
  return (
    <main className="mx-auto max-w-3xl px-6 py-20">
      <h1 className="text-4xl font-semibold text-slate-900">{t("shell.appName")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("auth.home.intro")}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/sign-in" className="btn-primary">
          {t("auth.signIn.submit")}
        </Link>
        <Link href="/enrol" className="btn-secondary">
          {t("auth.signIn.enrol")}
        </Link>
        <Link href="/providers" className="btn-secondary">
          {t("auth.home.findProvider")}
        </Link>
      </div>
    </main>
  );
}
