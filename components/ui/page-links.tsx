import Link from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";

/** A keyset-paged list's links: back to the first page (when not on it) and on to the next (when there is one). */
export async function PageLinks({ first, next }: { first?: string; next?: string }) {
  const t = await getT();
  return (
    <nav className="mt-4 flex justify-between text-sm" aria-label={t("customers.list.pages")}>
      {first ? (
        <Link className="link" href={first}>
          {t("customers.list.firstPage")}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="link" href={next}>
          {t("customers.list.nextPage")}
        </Link>
      ) : null}
    </nav>
  );
}
