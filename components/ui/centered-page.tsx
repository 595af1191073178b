import Link from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";

/** The public, signed-out-friendly page frame (enrolment, invitation links): the brand and one card. */
export async function CenteredPage({
  title,
  description,
  wide,
  children,
}: {
  title: string;
  description?: React.ReactNode;
  wide?: boolean;
  children: React.ReactNode;
}) {
  const t = await getT();
  return (
    <main className={`mx-auto flex min-h-screen flex-col justify-center px-6 py-12 ${wide ? "max-w-xl" : "max-w-md"}`}>
      <Link href="/" className="mb-8 text-lg font-semibold text-blue-800">
        {t("shell.appName")}
      </Link>
      <div className="card p-8">
        <h1 className="mb-1 text-2xl font-semibold">{title}</h1>
        {description ? <div className="mb-6 text-sm text-slate-600">{description}</div> : null}
        {children}
      </div>
    </main>
  );
}
