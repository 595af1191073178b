import type { Role } from "@/db/schema";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; email: string; name: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
  }
}
