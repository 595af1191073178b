import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; email: string; name: string };
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The user's session version when the token was issued (lib/sessions.ts). */
    sv?: number;
    /** When the user signed in (seconds since the epoch): the absolute session lifetime counts from it. */
    authAt?: number;
  }
}
