-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "actorRole" TEXT,
ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB,
ADD COLUMN     "blockId" INTEGER,
ADD COLUMN     "districtId" INTEGER,
ADD COLUMN     "organisationId" INTEGER,
ADD COLUMN     "sellerId" INTEGER,
ADD COLUMN     "stateId" INTEGER;

-- AlterTable
ALTER TABLE "BuyerOrganisation" ADD COLUMN     "rejectionNote" TEXT,
ADD COLUMN     "rejectionReasonCode" TEXT;

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" SERIAL NOT NULL,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_createdAt_idx" ON "EmailOutbox"("sentAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_createdAt_idx" ON "AuditEvent"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_sellerId_createdAt_idx" ON "AuditEvent"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_stateId_createdAt_idx" ON "AuditEvent"("stateId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- The paying authority (DDO) is never the buyer or the consignee of the same order.
ALTER TABLE "Order" ADD CONSTRAINT "Order_paying_authority_is_separate"
  CHECK ("payingAuthorityUserId" <> "buyerUserId" AND "payingAuthorityUserId" <> "consigneeUserId");
