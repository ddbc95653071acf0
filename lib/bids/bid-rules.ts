// The rules of a bid, in one place (GFR 2017 rules 149, 161 and 170; the Public Procurement
// Policy for MSEs Order 2012; the Public Procurement (Preference to Make in India) Order 2017,
// as revised in 2020). docs/bids.md explains each.

// A custom bid (no category's specifications fit) only above Rs 5 lakh, with a justification.
export const CUSTOM_BID_MINIMUM_PAISE = 5_00_000_00n;

// Sellers get at least this many days between publication and the submission deadline.
export const MINIMUM_BID_DAYS = 10;

// Fewer offers than the buyer's minimum at the deadline: the deadline (and the opening) move
// this many days, once.
export const AUTOMATIC_EXTENSION_DAYS = 7;

// A rejected seller may make a representation within this many days of the rejection; the
// financial offers open only when every window has closed or every representation is answered.
export const REPRESENTATION_DAYS = 3;

// Purchase preferences. An MSE whose price is within L1 + 15 % may match L1 for 25 % of the
// quantity; a Class-I local supplier (at least 50 % local content) within L1 + 20 % may match L1
// and take the order when L1 is not Class-I.
export const MSE_MARGIN_BPS = 1500n;
export const MSE_SHARE_BPS = 2500;
export const CLASS_I_MARGIN_BPS = 2000n;
export const CLASS_I_LOCAL_CONTENT_BPS = 5000;

// Reverse auction: its length, the least a bid must undercut the current L1 by, and the
// extension: a bid in the last AUCTION_EXTENSION_MINUTES moves the end to that many minutes
// after the bid.
export const AUCTION_MINUTES = { min: 15, max: 480, default: 60 } as const;
export const AUCTION_DECREMENT_BPS = { min: 10, max: 1000, default: 50 } as const;
export const AUCTION_EXTENSION_MINUTES = 5;

// Why an offer is rejected at technical evaluation; the seller and, after the award, the
// public see the code with the buyer's text.
export const REJECTION_REASONS = [
  "TECHNICAL_NON_COMPLIANCE",
  "TURNOVER_NOT_MET",
  "EXPERIENCE_NOT_MET",
  "EMD_NOT_SUBMITTED",
  "DOCUMENTS_MISSING",
  "OTHER",
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
