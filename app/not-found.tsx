import Link from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("shell.notFound.title")}</h1>
      <p className="mt-2 text-slate-600">{t("shell.notFound.body")}</p>
      <Link href="/" className="link mt-6 inline-block">
        {t("shell.notFound.home")}
      </Link>
    </main>
  );
}
