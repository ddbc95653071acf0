-- DropIndex
DROP INDEX "Order_sellerId_placedAt_idx";

-- CreateIndex
CREATE INDEX "Order_sellerId_placedAt_status_totalPaise_idx" ON "Order"("sellerId", "placedAt", "status", "totalPaise");

-- CreateIndex
CREATE INDEX "Seller_isShg_stateId_districtId_blockId_id_idx" ON "Seller"("isShg", "stateId", "districtId", "blockId", "id");

-- CreateIndex
CREATE INDEX "Seller_isArtisan_stateId_districtId_blockId_id_idx" ON "Seller"("isArtisan", "stateId", "districtId", "blockId", "id");

-- CreateIndex
CREATE INDEX "Seller_isWeaver_stateId_districtId_blockId_id_idx" ON "Seller"("isWeaver", "stateId", "districtId", "blockId", "id");
