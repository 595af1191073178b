import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's links: next/link without prefetching. Every link Next sees in the viewport is otherwise fetched
 * in the background as soon as a page loads — on a Customers page that is twenty server renders (navigation,
 * customer rows, the wizard) per page view, each reading the session and the database, for pages the user
 * mostly never opens. A click fetches its page then (one render of the part that changes).
 * Pass `prefetch` to opt one link back in. (eslint: next/link is imported here only.)
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
