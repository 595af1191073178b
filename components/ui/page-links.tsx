import Link from "next/link";

/** A keyset-paged list's links: back to the first page (when not on it) and on to the next (when there is one). */
export function PageLinks({ first, next }: { first?: string; next?: string }) {
  return (
    <nav className="mt-4 flex justify-between text-sm" aria-label="Pages">
      {first ? (
        <Link className="link" href={first}>
          ← First page
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link className="link" href={next}>
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
