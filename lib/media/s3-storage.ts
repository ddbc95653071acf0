import { AwsClient } from "aws4fetch";
import { checkMediaKey, type MediaStorage } from "./media-storage";

export type S3Settings = { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string };

// An S3-compatible bucket (AWS S3, MinIO, Ceph...), addressed path-style, requests signed
// with AWS Signature V4 by aws4fetch.
export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new AwsClient({ accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, region: settings.region, service: "s3" });
  const urlOf = (key: string) => `${settings.endpoint.replace(/\/$/, "")}/${settings.bucket}/${checkMediaKey(key)}`;
  return {
    async put(key, body, contentType) {
      const response = await client.fetch(urlOf(key), { method: "PUT", body: Buffer.from(body), headers: { "Content-Type": contentType } });
      if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status}`);
    },
    async get(key) {
      const response = await client.fetch(urlOf(key));
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async remove(keys) {
      for (const key of keys) {
        const response = await client.fetch(urlOf(key), { method: "DELETE" });
        if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
      }
    },
  };
}
