import { UsersPage, usersMetadata } from "@/components/users-page";

export const metadata = usersMetadata;
export default UsersPage;
