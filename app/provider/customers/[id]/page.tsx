export { CustomerPage as default } from "@/components/workspace-pages";
