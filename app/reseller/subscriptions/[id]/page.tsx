export { SubscriptionPage as default } from "@/components/workspace-pages";
