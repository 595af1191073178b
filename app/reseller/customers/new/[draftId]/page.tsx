export { NewCustomerDraftPage as default } from "@/components/customer-wizard/routes";
