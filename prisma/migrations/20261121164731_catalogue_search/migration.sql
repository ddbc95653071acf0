-- CreateEnum
CREATE TYPE "AlertFrequency" AS ENUM ('INSTANT', 'DAILY');

-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "importId" INTEGER,
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ListingImage" ADD COLUMN     "bytes" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "params" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "alertFrequency" "AlertFrequency" NOT NULL DEFAULT 'INSTANT';

-- CreateTable
CREATE TABLE "ListingImport" (
    "id" SERIAL NOT NULL,
    "uploadToken" TEXT NOT NULL,
    "sellerId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "importedCount" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListingImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListingSearch" (
    "listingId" INTEGER NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "market" "Market",
    "sellerId" INTEGER NOT NULL,
    "sellerStateId" INTEGER NOT NULL,
    "isMse" BOOLEAN NOT NULL,
    "isWomenOwned" BOOLEAN NOT NULL,
    "isScStOwned" BOOLEAN NOT NULL,
    "isStartup" BOOLEAN NOT NULL,
    "isShg" BOOLEAN NOT NULL,
    "isArtisan" BOOLEAN NOT NULL,
    "isWeaver" BOOLEAN NOT NULL,
    "makeInIndiaClass" "MakeInIndiaClass" NOT NULL,
    "pricePaise" BIGINT NOT NULL,
    "mrpPaise" BIGINT NOT NULL,
    "deliveryDays" INTEGER NOT NULL,
    "rating" DECIMAL(3,2),
    "deliveryStateIds" INTEGER[],
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "ListingSearch_pkey" PRIMARY KEY ("listingId")
);

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,
    "frequency" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateTable
CREATE TABLE "CatalogueFollow" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "categoryId" INTEGER,
    "marketPage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueFollow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueAlert" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "listingId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "CatalogueAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ListingImport_uploadToken_key" ON "ListingImport"("uploadToken");

-- CreateIndex
CREATE INDEX "ListingImport_sellerId_createdAt_idx" ON "ListingImport"("sellerId", "createdAt");

-- CreateIndex
CREATE INDEX "ListingSearch_document_idx" ON "ListingSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "ListingSearch_deliveryStateIds_idx" ON "ListingSearch" USING GIN ("deliveryStateIds");

-- CreateIndex
CREATE INDEX "ListingSearch_categoryId_pricePaise_idx" ON "ListingSearch"("categoryId", "pricePaise");

-- CreateIndex
CREATE INDEX "ListingSearch_sellerId_idx" ON "ListingSearch"("sellerId");

-- CreateIndex
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CatalogueFollow_categoryId_idx" ON "CatalogueFollow"("categoryId");

-- CreateIndex
CREATE INDEX "CatalogueFollow_marketPage_idx" ON "CatalogueFollow"("marketPage");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueFollow_userId_categoryId_key" ON "CatalogueFollow"("userId", "categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueFollow_userId_marketPage_key" ON "CatalogueFollow"("userId", "marketPage");

-- CreateIndex
CREATE INDEX "CatalogueAlert_deliveredAt_userId_idx" ON "CatalogueAlert"("deliveredAt", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueAlert_userId_listingId_key" ON "CatalogueAlert"("userId", "listingId");

-- CreateIndex
CREATE INDEX "Listing_status_submittedAt_idx" ON "Listing"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ListingImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueFollow" ADD CONSTRAINT "CatalogueFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueFollow" ADD CONSTRAINT "CatalogueFollow_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueAlert" ADD CONSTRAINT "CatalogueAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueAlert" ADD CONSTRAINT "CatalogueAlert_listingId_fkey" FOREIGN KEY ("listingId") REFERENCES "Listing"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A follow names a category or a market page, never both.
ALTER TABLE "CatalogueFollow" ADD CONSTRAINT "CatalogueFollow_one_target" CHECK (("categoryId" IS NULL) <> ("marketPage" IS NULL));

-- Listings live before this migration were approved when they were last reviewed.
UPDATE "Listing" SET "approvedAt" = "reviewedAt" WHERE "status" IN ('APPROVED', 'PAUSED') AND "reviewedAt" IS NOT NULL;
UPDATE "Listing" SET "submittedAt" = "updatedAt" WHERE "status" = 'PENDING_APPROVAL';
