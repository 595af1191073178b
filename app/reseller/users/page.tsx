import { UsersPage, usersMetadata } from "@/components/users-page";

export const generateMetadata = usersMetadata;
export default UsersPage;
