import { exportOrdersCsv } from "@/lib/order-export";

export async function GET(request: Request) {
  return exportOrdersCsv(request, "provider");
}
