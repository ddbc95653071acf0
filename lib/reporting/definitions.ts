import type { MseClass, OrderStatus } from "../db/generated/enums";

// GMV counts orders placed and not undone: rejected by the seller, cancelled by the
// buyer or auto-cancelled orders never moved money (issue 6, "Definitions").
export const NON_GMV_STATUSES: OrderStatus[] = ["REJECTED", "CANCELLED", "AUTO_CANCELLED"];

// MSE = Udyam class micro or small (the Public Procurement Policy for MSEs, 2012).
export const MSE_CLASSES: MseClass[] = ["MICRO", "SMALL"];
