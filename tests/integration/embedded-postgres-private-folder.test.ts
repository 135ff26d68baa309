import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderOthersCannotEnter, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";

// A clone under a private folder, as /root or any mkdtemp folder is (mode 700).
const privateFolder = mkdtempSync(path.join(os.tmpdir(), "isnad-private-"));
const clone = path.join(privateFolder, "isnad");
mkdirSync(path.join(clone, ".data"), { recursive: true });
afterAll(() => rmSync(privateFolder, { recursive: true, force: true }));

describe("a clone in a folder the database's OS user cannot enter", () => {
  it("is found: the first folder on the way that others may not enter", async () => {
    expect(await folderOthersCannotEnter(path.join(clone, ".data"))).toBe(privateFolder);
    chmodSync(privateFolder, 0o711);
    try {
      expect(await folderOthersCannotEnter(path.join(clone, ".data"))).toBeNull();
    } finally {
      chmodSync(privateFolder, 0o700);
    }
    // What does not exist yet is created by us, enterable.
    expect(await folderOthersCannotEnter(path.join(os.tmpdir(), "isnad-not-there", "pg"))).toBeNull();
  });

  it("stops npm start with one sentence that says why and what to do, when run as root", async () => {
    const starting = startEmbeddedPostgres({ clusterDir: path.join(clone, ".data", "pg"), port: 20_000 + Math.floor(Math.random() * 9_000), password: "x" });
    if (process.getuid?.() === 0) {
      await expect(starting).rejects.toThrow(
        new RegExp(`^Run as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${privateFolder} \\(mode 700\\)`),
      );
    } else {
      // As anyone else PostgreSQL runs as that user, who can enter the folder.
      await (await starting).stop();
    }
  });
});
