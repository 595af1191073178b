import Link from "@/components/ui/link";
import type { Viewer } from "@/lib/viewer";
import { messageText } from "@/lib/i18n/message";
import { getT, organisationName } from "@/lib/i18n/server";
import { navFor, roles } from "@/lib/permissions";
import { LanguageMenu } from "./language-menu";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** The signed-in layout: organisation, the role's menu (from the permission map) and the user menu. */
export async function AppShell({ viewer, children }: { viewer: Viewer; children: React.ReactNode }) {
  const config = roles[viewer.role];
  const nav = navFor(viewer);
  const t = await getT();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-6 py-3">
          <div className="flex items-center gap-3">
            <Link href={config.home} className="font-semibold text-blue-800">
              {t("shell.appName")}
            </Link>
            <span className="text-slate-300" aria-hidden>
              |
            </span>
            <span className="text-sm text-slate-700" data-testid="org-name">
              {organisationName(viewer, t)}
            </span>
            <span className="badge">{messageText(t, config.label)}</span>
            {config.orgRoles.length > 1 ? (
              <span className="badge" data-testid="org-role">
                {t(`users.roles.${viewer.orgRole}`)}
              </span>
            ) : null}
          </div>
          <details className="relative">
            <summary
              className="cursor-pointer list-none rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
              aria-label={t("shell.userMenu")}
            >
              {viewer.name} ▾
            </summary>
            <div className="absolute right-0 z-10 mt-1 w-64 rounded-md border border-slate-200 bg-white p-3 shadow-lg">
              <div className="mb-2 truncate text-xs text-slate-600">{viewer.email}</div>
              <Link href="/change-password" className="block py-1 text-sm text-slate-800 hover:underline">
                {t("shell.changePassword")}
              </Link>
              <SignOutButton className="py-1 text-sm text-slate-800 hover:underline" />
              <LanguageMenu />
            </div>
          </details>
        </div>
        <nav aria-label={t("shell.mainNav")} className="mx-auto max-w-7xl px-6">
          <NavLinks items={nav.map((item) => ({ ...item, label: messageText(t, item.label) ?? item.label }))} />
        </nav>
      </header>
      <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
    </div>
  );
}
