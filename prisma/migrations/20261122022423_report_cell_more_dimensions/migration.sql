-- AlterTable
ALTER TABLE "ReportCell" DROP CONSTRAINT "ReportCell_pkey",
ADD COLUMN     "c" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "d" INTEGER NOT NULL DEFAULT 0,
ADD CONSTRAINT "ReportCell_pkey" PRIMARY KEY ("cuboid", "month", "sellerStateId", "a", "b", "c", "d");

-- CreateIndex
CREATE INDEX "ReportCell_cuboid_b_month_idx" ON "ReportCell"("cuboid", "b", "month");

-- CreateIndex
CREATE INDEX "ReportCell_cuboid_c_month_idx" ON "ReportCell"("cuboid", "c", "month");
