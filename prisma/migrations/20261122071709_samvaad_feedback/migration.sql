-- CreateEnum
CREATE TYPE "OutreachMode" AS ENUM ('IN_PERSON', 'ONLINE');

-- CreateEnum
CREATE TYPE "OutreachAudience" AS ENUM ('BUYERS', 'SELLERS', 'SHGS', 'ARTISANS', 'WEAVERS');

-- CreateEnum
CREATE TYPE "RegistrantKind" AS ENUM ('BUYER', 'SELLER', 'SHG', 'ARTISAN', 'WEAVER', 'OTHER');

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "formKey" TEXT,
ADD COLUMN     "ipHash" TEXT,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "repliedAt" TIMESTAMP(3),
ADD COLUMN     "repliedById" INTEGER,
ADD COLUMN     "screenshotKey" TEXT,
ADD COLUMN     "trackingToken" TEXT;

-- CreateTable
CREATE TABLE "OutreachEvent" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "mode" "OutreachMode" NOT NULL,
    "stateId" INTEGER NOT NULL,
    "districtId" INTEGER,
    "venue" TEXT,
    "onlineUrl" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "audiences" "OutreachAudience"[],
    "capacity" INTEGER,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdById" INTEGER NOT NULL,
    "formKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutreachEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutreachRegistration" (
    "id" SERIAL NOT NULL,
    "eventId" INTEGER NOT NULL,
    "userId" INTEGER,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "kind" "RegistrantKind" NOT NULL,
    "organisationName" TEXT,
    "attendedAt" TIMESTAMP(3),
    "attendanceById" INTEGER,
    "sellerId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutreachRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutreachEvent_formKey_key" ON "OutreachEvent"("formKey");

-- CreateIndex
CREATE INDEX "OutreachEvent_startsAt_idx" ON "OutreachEvent"("startsAt");

-- CreateIndex
CREATE INDEX "OutreachEvent_stateId_startsAt_idx" ON "OutreachEvent"("stateId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachRegistration_sellerId_key" ON "OutreachRegistration"("sellerId");

-- CreateIndex
CREATE INDEX "OutreachRegistration_eventId_createdAt_idx" ON "OutreachRegistration"("eventId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutreachRegistration_eventId_phone_key" ON "OutreachRegistration"("eventId", "phone");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_trackingToken_key" ON "Feedback"("trackingToken");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_formKey_key" ON "Feedback"("formKey");

-- CreateIndex
CREATE INDEX "Feedback_userId_createdAt_idx" ON "Feedback"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_ipHash_createdAt_idx" ON "Feedback"("ipHash", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_category_createdAt_idx" ON "Feedback"("category", "createdAt");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_repliedById_fkey" FOREIGN KEY ("repliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachEvent" ADD CONSTRAINT "OutreachEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachRegistration" ADD CONSTRAINT "OutreachRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "OutreachEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachRegistration" ADD CONSTRAINT "OutreachRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachRegistration" ADD CONSTRAINT "OutreachRegistration_attendanceById_fkey" FOREIGN KEY ("attendanceById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutreachRegistration" ADD CONSTRAINT "OutreachRegistration_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "Seller"("id") ON DELETE SET NULL ON UPDATE CASCADE;
