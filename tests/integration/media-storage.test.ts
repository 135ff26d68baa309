/**
 * The media store's one interface, tried on both implementations: files in a
 * folder (the default, under the data folder) and objects in an S3-compatible
 * bucket (a local s3rver started here, spoken to by @aws-sdk/client-s3).
 * Put, get back byte for byte, overwrite, delete, a missing key, keys that
 * would leave the store refused, and an unreachable store is a 503.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertMediaKey, folderStorage, readStoredObject, s3Storage, storageFromEnvironment, type MediaStorage } from "@/lib/media/storage";

const BUCKET = "isnad-media";
let folder: string;
let s3Folder: string;
let s3Server: S3rver;
let s3Endpoint: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "isnad-media-"));
  s3Folder = await mkdtemp(path.join(tmpdir(), "isnad-s3-"));
  s3Server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3Folder, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await s3Server.run();
  s3Endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await s3Server?.close();
  await rm(folder, { recursive: true, force: true });
  await rm(s3Folder, { recursive: true, force: true });
});

const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

const implementations: [string, () => MediaStorage][] = [
  ["the data folder", () => folderStorage(folder)],
  ["a local S3 server", () => s3Storage({ bucket: BUCKET, endpoint: s3Endpoint, credentials, prefix: "newsroom/" })],
];

describe.each(implementations)("media storage in %s", (_name, open) => {
  it("keeps a file under its key and gives back the same bytes", async () => {
    const storage = open();
    const bytes = randomBytes(300_000);
    await storage.put("media/one.jpg", bytes, "image/jpeg");
    const stored = await storage.get("media/one.jpg");
    expect(stored?.size).toBe(bytes.length);
    expect((await readStoredObject(stored!)).equals(bytes)).toBe(true);
  });

  it("answers null for a key with nothing under it, and deleting it is no error", async () => {
    const storage = open();
    expect(await storage.get("media/never-stored.png")).toBeNull();
    await expect(storage.delete("media/never-stored.png")).resolves.toBeUndefined();
  });

  it("deletes a file: it is gone, its neighbours stay", async () => {
    const storage = open();
    await storage.put("media/two.pdf", Buffer.from("%PDF-1.4 two"), "application/pdf");
    await storage.put("media/three.pdf", Buffer.from("%PDF-1.4 three"), "application/pdf");
    await storage.delete("media/two.pdf");
    expect(await storage.get("media/two.pdf")).toBeNull();
    expect((await readStoredObject((await storage.get("media/three.pdf"))!)).toString()).toBe("%PDF-1.4 three");
  });

  it("refuses a key that could reach outside the store, before touching it", async () => {
    const storage = open();
    for (const key of ["../secrets.json", "/etc/passwd", "media/../../x", "Media/Upper.jpg", "media//x", ""]) {
      await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(/not a media key/);
      await expect(storage.get(key)).rejects.toThrow(/not a media key/);
    }
  });
});

describe("the folder store", () => {
  it("leaves no partial file behind after a write", async () => {
    const storage = folderStorage(folder);
    await storage.put("partial/a.webp", randomBytes(1000), "image/webp");
    expect(await readdir(path.join(folder, "partial"))).toEqual(["a.webp"]);
  });

  it("lives in the data folder's media/ unless S3 is configured", () => {
    expect(storageFromEnvironment({}).kind).toBe("folder");
    expect(storageFromEnvironment({ ISNAD_MEDIA_S3_BUCKET: BUCKET, ISNAD_MEDIA_S3_ENDPOINT: s3Endpoint }).kind).toBe("s3");
  });
});

describe("an unreachable store", () => {
  it("is a 503 that says so, on S3", async () => {
    // A port nothing listens on: the SDK's retries end in a connection error.
    const storage = s3Storage({ bucket: BUCKET, endpoint: "http://127.0.0.1:9", credentials });
    const error = await storage.put("media/x.jpg", Buffer.from("x"), "image/jpeg").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(503);
    expect((error as AppError).messageKey).toBe("error.storageUnavailable");
  });
});

describe("media keys", () => {
  it("takes ours: lower-case segments with an extension", () => {
    expect(assertMediaKey("media/0b7c9e1e-4a5b-4c57-9d0e-2f1c3e4d5a6b/original.jpg")).toMatch(/original\.jpg$/);
  });
});
