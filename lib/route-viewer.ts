import "server-only";
import { currentViewer } from "./auth";
import type { Viewer } from "./viewer";
import { can, type Permission } from "./permissions";

/**
 * For route handlers and read-only endpoints, which answer rather than redirect: the viewer when it is
 * signed in, has no pending password change and has every one of `permissions`; otherwise null, to be
 * answered as "not found" (like a page of another role).
 */
export async function routeViewer(...permissions: Permission[]): Promise<Viewer | null> {
  const viewer = await currentViewer();
  if (!viewer || viewer.mustChangePassword) return null;
  return permissions.every((p) => can(viewer, p)) ? viewer : null;
}
