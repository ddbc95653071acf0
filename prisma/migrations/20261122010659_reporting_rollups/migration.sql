-- CreateTable
CREATE TABLE "ReportCell" (
    "cuboid" SMALLINT NOT NULL,
    "month" DATE NOT NULL,
    "sellerStateId" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL,
    "gmvPaise" BIGINT NOT NULL,
    "mseGmvPaise" BIGINT NOT NULL,
    "mseScStGmvPaise" BIGINT NOT NULL,
    "mseWomenGmvPaise" BIGINT NOT NULL,
    "mrpPaise" BIGINT NOT NULL,
    "pricePaise" BIGINT NOT NULL,
    "mseMrpPaise" BIGINT NOT NULL,
    "msePricePaise" BIGINT NOT NULL,
    "directOrders" INTEGER NOT NULL,
    "directGmvPaise" BIGINT NOT NULL,
    "l1Orders" INTEGER NOT NULL,
    "l1GmvPaise" BIGINT NOT NULL,
    "bidOrders" INTEGER NOT NULL,
    "bidGmvPaise" BIGINT NOT NULL,

    CONSTRAINT "ReportCell_pkey" PRIMARY KEY ("cuboid","month","sellerStateId","a","b")
);

-- CreateTable
CREATE TABLE "BuyerMseYear" (
    "financialYear" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL,
    "gmvPaise" BIGINT NOT NULL,
    "mseGmvPaise" BIGINT NOT NULL,
    "mseScStGmvPaise" BIGINT NOT NULL,
    "mseWomenGmvPaise" BIGINT NOT NULL,

    CONSTRAINT "BuyerMseYear_pkey" PRIMARY KEY ("financialYear","organisationId")
);

-- CreateIndex
CREATE INDEX "ReportCell_cuboid_a_month_idx" ON "ReportCell"("cuboid", "a", "month");

-- CreateIndex
CREATE INDEX "Order_sellerDistrictId_placedAt_idx" ON "Order"("sellerDistrictId", "placedAt");

-- CreateIndex
CREATE INDEX "Order_sellerBlockId_placedAt_idx" ON "Order"("sellerBlockId", "placedAt");
