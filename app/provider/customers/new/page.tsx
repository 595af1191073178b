export { NewCustomerPage as default } from "@/components/customer-wizard/routes";
