import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** For pages: a record the viewer may not see renders the 404 page. */
export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

/** For route handlers: a record the viewer may not see is null (answered 404). */
export async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}
