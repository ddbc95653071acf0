-- DropForeignKey
ALTER TABLE "OrderItem" DROP CONSTRAINT "OrderItem_listingId_fkey";

-- AlterTable
ALTER TABLE "Bid" ADD COLUMN     "auctionDecrementBps" INTEGER,
ADD COLUMN     "auctionEndsAt" TIMESTAMP(3),
ADD COLUMN     "auctionMinutes" INTEGER,
ADD COLUMN     "auctionStartedAt" TIMESTAMP(3),
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "consigneeUserId" INTEGER,
ADD COLUMN     "deliveryAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "financialOpenedAt" TIMESTAMP(3),
ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "BidItem" ADD COLUMN     "gstRateBps" INTEGER NOT NULL DEFAULT 1800;

-- AlterTable
ALTER TABLE "BidOffer" ADD COLUMN     "declaredExperienceYears" INTEGER,
ADD COLUMN     "declaredTurnoverPaise" BIGINT,
ADD COLUMN     "emdReference" TEXT,
ADD COLUMN     "evaluatedAt" TIMESTAMP(3),
ADD COLUMN     "finalAt" TIMESTAMP(3),
ADD COLUMN     "finalTotalPaise" BIGINT,
ADD COLUMN     "isInAuction" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isRepresentationUpheld" BOOLEAN,
ADD COLUMN     "isStartup" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "localContentBps" INTEGER,
ADD COLUMN     "mseClass" "MseClass",
ADD COLUMN     "repliedAt" TIMESTAMP(3),
ADD COLUMN     "representation" TEXT,
ADD COLUMN     "representationReply" TEXT,
ADD COLUMN     "representedAt" TIMESTAMP(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderItem" ALTER COLUMN "listingId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "BidClarification" (
    "id" SERIAL NOT NULL,
    "bidId" INTEGER NOT NULL,
    "sellerId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "answeredById" INTEGER,

    CONSTRAINT "BidClarification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidAuctionBid" (
    "id" SERIAL NOT NULL,
    "bidId" INTEGER NOT NULL,
    "offerId" INTEGER NOT NULL,
    "totalPaise" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BidAuctionBid_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BidClarification_bidId_askedAt_idx" ON "BidClarification"("bidId", "askedAt");

-- CreateIndex
CREATE INDEX "BidAuctionBid_bidId_createdAt_idx" ON "BidAuctionBid"("bidId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Bid_idempotencyKey_key" ON "Bid"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Bid_publishedAt_id_idx" ON "Bid"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Bid_status_awardedAt_idx" ON "Bid"("status", "awardedAt");

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_consigneeUserId_fkey" FOREIGN KEY ("consigneeUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidClarification" ADD CONSTRAINT "BidClarification_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidClarification" ADD CONSTRAINT "BidClarification_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidClarification" ADD CONSTRAINT "BidClarification_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAuctionBid" ADD CONSTRAINT "BidAuctionBid_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAuctionBid" ADD CONSTRAINT "BidAuctionBid_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "BidOffer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
