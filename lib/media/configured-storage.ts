import "server-only";
import { env, type Env } from "../env";
import { fileStorage } from "./file-storage";
import type { MediaStorage } from "./media-storage";
import { s3Storage } from "./s3-storage";

// The S3-compatible store when all four S3 settings are given, else the media folder.
export function storageFor(source: Env): MediaStorage {
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION } = source;
  if (S3_ENDPOINT && S3_BUCKET && S3_ACCESS_KEY_ID && S3_SECRET_ACCESS_KEY) {
    return s3Storage({ endpoint: S3_ENDPOINT, bucket: S3_BUCKET, accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY, region: S3_REGION });
  }
  return fileStorage(source.KRAYA_MEDIA_DIR);
}

let configured: MediaStorage | undefined;

export function mediaStorage(): MediaStorage {
  configured ??= storageFor(env);
  return configured;
}
