import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { addListingImages } from "@/lib/catalogue/add-listing-images";
import { cloneListing } from "@/lib/catalogue/clone-listing";
import { createListing } from "@/lib/catalogue/create-listing";
import { imageKeys } from "@/lib/catalogue/listing-image-file";
import { moveListingImage } from "@/lib/catalogue/move-listing-image";
import { readListingImage } from "@/lib/catalogue/read-listing-image";
import { removeListingImage } from "@/lib/catalogue/remove-listing-image";
import { FieldValidationError, NotFoundError } from "@/lib/errors";
import { fileStorage } from "@/lib/media/file-storage";
import { s3Storage } from "@/lib/media/s3-storage";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { listingInput } from "./listing-fixtures";
import { actorFor, contextOf } from "./seller-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "kraya-media-"));
const storage = fileStorage(mediaDir);
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const picture = (width: number, height: number, format: "png" | "jpeg" | "webp" = "png") =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 60, b: 40 } } })[format]().toBuffer().then((buffer) => new Uint8Array(buffer));

async function draft() {
  const owner = await actorFor(db(), "mse.seller@kraya.demo");
  const { listingId } = await createListing(db(), contextOf(owner), await listingInput(db()));
  return { owner, listingId };
}

const fieldError = (error: unknown) => (error as FieldValidationError).fieldErrors.images;

describe("listing images", () => {
  it("stores the original and WebP thumb and large sizes, and serves them by id", async () => {
    const { owner, listingId } = await draft();
    await addListingImages(db(), contextOf(owner), listingId, [await picture(1600, 1200), await picture(400, 300, "jpeg")], storage);
    const images = await db().listingImage.findMany({ where: { listingId }, orderBy: { sortOrder: "asc" } });
    expect(images.map((image) => [image.width, image.height, image.sortOrder])).toEqual([[1600, 1200, 0], [400, 300, 1]]);
    const keys = imageKeys(images[0]!.path);
    expect(keys.original).toMatch(/^listings\/\d+\/[0-9a-f]{16}\/original\.png$/);
    const large = await sharp(fs.readFileSync(path.join(mediaDir, keys.large))).metadata();
    expect([large.format, large.width, large.height]).toEqual(["webp", 960, 720]);
    const thumb = await readListingImage(db(), owner, images[0]!.id, "thumb", storage);
    expect((await sharp(thumb!.body).metadata()).width).toBe(320);
    expect(thumb!.isPublic).toBe(false);
    expect(await readListingImage(db(), null, images[0]!.id, "thumb", storage)).toBeNull();
    expect(await readListingImage(db(), await actorFor(db(), "shg.seller@kraya.demo"), images[0]!.id, "thumb", storage)).toBeNull();
    expect(await readListingImage(db(), await actorFor(db(), "admin@kraya.demo"), images[0]!.id, "large", storage)).not.toBeNull();
  });

  it("checks the content, not the name: type, size, dimensions and count", async () => {
    const { owner, listingId } = await draft();
    const ctx = contextOf(owner);
    const refusal = (files: Uint8Array[]) => addListingImages(db(), ctx, listingId, files, storage).catch(fieldError);
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, ...new Array(100).fill(0)]);
    expect(await refusal([gif])).toBe("listingEditor.errors.imageType");
    expect(await refusal([new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>")])).toBe("listingEditor.errors.imageType");
    expect(await refusal([await picture(299, 800)])).toBe("listingEditor.errors.imageTooSmall");
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect(await refusal([huge])).toBe("listingEditor.errors.imageTooLarge");
    expect(await refusal([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])])).toBe("listingEditor.errors.imageUnreadable");
    const six = await Promise.all(Array.from({ length: 6 }, () => picture(300, 300, "webp")));
    expect(await refusal(six)).toBe("listingEditor.errors.tooManyImages");
    expect(await db().listingImage.count({ where: { listingId } })).toBe(0);
    expect(fs.existsSync(path.join(mediaDir, "listings", String(listingId)))).toBe(false);
  });

  it("sends an approved listing back for approval when its images change, but not when they are reordered", async () => {
    const { owner, listingId } = await draft();
    const ctx = contextOf(owner);
    await addListingImages(db(), ctx, listingId, [await picture(400, 400), await picture(500, 500)], storage);
    await db().listing.update({ where: { id: listingId }, data: { status: "APPROVED", approvedAt: new Date() } });
    const [first, second] = await db().listingImage.findMany({ where: { listingId }, orderBy: { sortOrder: "asc" } });
    await moveListingImage(db(), ctx, second!.id, "up");
    expect((await db().listingImage.findMany({ where: { listingId }, orderBy: { sortOrder: "asc" } })).map((image) => image.id)).toEqual([second!.id, first!.id]);
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("APPROVED");
    await removeListingImage(db(), ctx, first!.id, storage);
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).status).toBe("PENDING_APPROVAL");
    expect(fs.existsSync(path.join(mediaDir, first!.path))).toBe(false);
  });

  it("keeps the files a clone shares until the last listing using them lets go", async () => {
    const { owner, listingId } = await draft();
    const ctx = contextOf(owner);
    await addListingImages(db(), ctx, listingId, [await picture(400, 400)], storage);
    const { listingId: copyId } = await cloneListing(db(), ctx, listingId);
    const [original] = await db().listingImage.findMany({ where: { listingId } });
    const [copied] = await db().listingImage.findMany({ where: { listingId: copyId } });
    await removeListingImage(db(), ctx, original!.id, storage);
    expect(fs.existsSync(path.join(mediaDir, copied!.path))).toBe(true);
    await removeListingImage(db(), ctx, copied!.id, storage);
    expect(fs.existsSync(path.join(mediaDir, copied!.path))).toBe(false);
  });

  it("refuses another seller's listing and image as not found", async () => {
    const { owner, listingId } = await draft();
    await addListingImages(db(), contextOf(owner), listingId, [await picture(400, 400)], storage);
    const image = await db().listingImage.findFirstOrThrow({ where: { listingId } });
    const other = contextOf(await actorFor(db(), "shg.seller@kraya.demo"));
    await expect(addListingImages(db(), other, listingId, [await picture(400, 400)], storage)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeListingImage(db(), other, image.id, storage)).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveListingImage(db(), other, image.id, "down")).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().listingImage.count({ where: { listingId } })).toBe(1);
  });
});

// A minimal S3-compatible endpoint in this process: path-style PUT, GET and DELETE of
// objects, refusing requests that are not signed with AWS Signature V4.
function fakeS3() {
  const objects = new Map<string, Buffer>();
  const server = http.createServer((request, response) => {
    if (!/^AWS4-HMAC-SHA256 Credential=test-key\//.test(request.headers.authorization ?? "")) return void response.writeHead(403).end();
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const key = request.url ?? "";
      if (request.method === "PUT") objects.set(key, Buffer.concat(chunks));
      if (request.method === "DELETE") objects.delete(key);
      if (request.method === "GET" && !objects.has(key)) return void response.writeHead(404).end();
      response.writeHead(request.method === "DELETE" ? 204 : 200).end(request.method === "GET" ? objects.get(key) : undefined);
    });
  });
  return { objects, server, listen: () => new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port))) };
}

describe("the S3-compatible store", () => {
  it("puts, gets and removes objects in the bucket with signed requests", async () => {
    const fake = fakeS3();
    const port = await fake.listen();
    try {
      const s3 = s3Storage({ endpoint: `http://127.0.0.1:${port}`, bucket: "kraya-media", accessKeyId: "test-key", secretAccessKey: "secret", region: "ap-south-1" });
      await s3.put("listings/1/ab/thumb.webp", new Uint8Array([1, 2, 3]), "image/webp");
      expect([...fake.objects.keys()]).toEqual(["/kraya-media/listings/1/ab/thumb.webp"]);
      expect(await s3.get("listings/1/ab/thumb.webp")).toEqual(new Uint8Array([1, 2, 3]));
      await s3.remove(["listings/1/ab/thumb.webp"]);
      expect(await s3.get("listings/1/ab/thumb.webp")).toBeNull();
      const unsigned = s3Storage({ endpoint: `http://127.0.0.1:${port}`, bucket: "kraya-media", accessKeyId: "wrong", secretAccessKey: "x", region: "ap-south-1" });
      await expect(unsigned.put("listings/1/x.png", new Uint8Array([1]), "image/png")).rejects.toThrow(/403/);
    } finally {
      fake.server.close();
    }
  });

  it("refuses keys that could leave the folder", async () => {
    await expect(storage.get("../etc/passwd")).rejects.toThrow(/Bad media key/);
    await expect(storage.put("listings//x", new Uint8Array([1]), "image/png")).rejects.toThrow(/Bad media key/);
  });
});
