-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "answeredById" INTEGER,
ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "escalatedToStateId" INTEGER;

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "overdueNotifiedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "dispatchCarrier" TEXT,
ADD COLUMN     "dispatchReference" TEXT;

-- AlterTable
ALTER TABLE "Rating" ADD COLUMN     "quality" INTEGER,
ADD COLUMN     "timeliness" INTEGER;

-- CreateTable
CREATE TABLE "BuyerRating" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "buyerOrganisationId" INTEGER NOT NULL,
    "sellerUserId" INTEGER NOT NULL,
    "paymentSpeed" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuyerRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BuyerRating_orderId_key" ON "BuyerRating"("orderId");

-- CreateIndex
CREATE INDEX "BuyerRating_buyerOrganisationId_idx" ON "BuyerRating"("buyerOrganisationId");

-- CreateIndex
CREATE INDEX "Incident_orderId_idx" ON "Incident"("orderId");

-- CreateIndex
CREATE INDEX "Incident_status_createdAt_idx" ON "Incident"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_escalatedToStateId_fkey" FOREIGN KEY ("escalatedToStateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerRating" ADD CONSTRAINT "BuyerRating_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerRating" ADD CONSTRAINT "BuyerRating_buyerOrganisationId_fkey" FOREIGN KEY ("buyerOrganisationId") REFERENCES "BuyerOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerRating" ADD CONSTRAINT "BuyerRating_sellerUserId_fkey" FOREIGN KEY ("sellerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
