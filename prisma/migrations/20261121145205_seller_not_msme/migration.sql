-- AlterEnum
ALTER TYPE "MseClass" ADD VALUE 'NOT_MSME';
