import fs from "node:fs/promises";
import path from "node:path";
import { checkMediaKey, type MediaStorage } from "./media-storage";

// Files under a folder of the server (KRAYA_MEDIA_DIR, by default .data/media).
export function fileStorage(root: string): MediaStorage {
  const fileOf = (key: string) => path.join(root, checkMediaKey(key));
  return {
    async put(key, body) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, body);
    },
    async get(key) {
      try {
        return new Uint8Array(await fs.readFile(fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(keys) {
      await Promise.all(keys.map((key) => fs.rm(fileOf(key), { force: true })));
    },
  };
}
