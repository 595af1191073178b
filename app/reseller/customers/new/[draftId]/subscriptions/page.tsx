export { NewCustomerSubscriptionsPage as default } from "@/components/customer-wizard/routes";
