export { NewCustomerReviewPage as default } from "@/components/customer-wizard/routes";
