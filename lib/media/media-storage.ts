// Where uploaded files (listing images) live: a folder by default, or an S3-compatible store.
// Keys are relative paths like "listings/12/3f9c.../large.webp".
export type MediaStorage = {
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  remove(keys: string[]): Promise<void>;
};

const KEY = /^[a-z0-9][a-z0-9/_.-]*$/;

// Keys are made by Kraya, never by users; this refuses anything that could leave the folder.
export function checkMediaKey(key: string): string {
  if (!KEY.test(key) || key.split("/").some((part) => part === "" || part === "." || part === "..")) throw new Error(`Bad media key: ${key}`);
  return key;
}
