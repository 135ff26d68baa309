import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { AppError } from "@/lib/errors";
import { dataDir } from "@/lib/runtime/data-dir";

/** A stored file as read back: its bytes as a stream (served without holding it all) and its size. Its type is the MediaFile row's. */
export type StoredObject = { body: ReadableStream<Uint8Array>; size: number };

/**
 * Where media files live, by key: the data folder by default, any
 * S3-compatible store when configured. Keys are ours (`mediaKey`), never a
 * user's file name. A store that cannot be reached is a 503 that says so.
 */
export interface MediaStorage {
  readonly kind: "folder" | "s3";
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The file, or null when there is none under that key. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the file; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
}

// Lower-case letters, digits, dots, dashes and slashes between segments: no
// "..", no leading slash, so a key cannot leave the folder or the bucket's prefix.
const KEY = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)*(\/[a-z0-9][a-z0-9_-]*(\.[a-z0-9]+)*)*$/;

export function assertMediaKey(key: string): string {
  if (!KEY.test(key) || key.length > 200) throw new Error(`not a media key: ${JSON.stringify(key)}`);
  return key;
}

const unavailable = (cause: unknown) => Object.assign(new AppError(503, "error.storageUnavailable"), { cause });

/** Files under a folder (ISNAD_DATA_DIR/media by default), one file per key. */
export function folderStorage(root = path.join(dataDir(), "media")): MediaStorage {
  const file = (key: string) => path.join(root, assertMediaKey(key));
  return {
    kind: "folder",
    async put(key, body) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside, then renamed: a reader never sees half a file, a crash leaves none under the key.
      const partial = `${target}.${randomUUID()}.partial`;
      try {
        await writeFile(partial, body);
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw unavailable(error);
      }
    },
    async get(key) {
      const target = file(key);
      const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw unavailable(error);
      });
      if (!info) return null;
      return { body: Readable.toWeb(createReadStream(target)) as ReadableStream<Uint8Array>, size: info.size };
    },
    async delete(key) {
      await rm(file(key), { force: true }).catch((error: unknown) => {
        throw unavailable(error);
      });
    },
  };
}

export type S3StorageSettings = {
  bucket: string;
  /** An S3-compatible service's address (MinIO, R2, Ceph…); none for AWS itself. Path-style addressing when given. */
  endpoint?: string;
  region?: string;
  /** Without these, the SDK's own chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Keys are stored under this prefix in the bucket ("isnad/" …). */
  prefix?: string;
};

/** Objects in an S3-compatible bucket, through @aws-sdk/client-s3. */
export function s3Storage(settings: S3StorageSettings): MediaStorage {
  const client = new S3Client({
    region: settings.region ?? "us-east-1",
    ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    maxAttempts: 3,
  });
  const Bucket = settings.bucket;
  const objectKey = (key: string) => `${settings.prefix ?? ""}${assertMediaKey(key)}`;
  return {
    kind: "s3",
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: body, ContentType: contentType })).catch((error: unknown) => {
        throw unavailable(error);
      });
    },
    async get(key) {
      const Key = objectKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key }));
        if (!object.Body) return null;
        return { body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: object.ContentLength ?? 0 };
      } catch (error) {
        if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return null;
        throw unavailable(error);
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) })).catch((error: unknown) => {
        throw unavailable(error);
      });
    },
  };
}

/** The store this instance is configured for: S3 when ISNAD_MEDIA_S3_BUCKET is set, else the data folder. */
export function storageFromEnvironment(env: Record<string, string | undefined> = process.env): MediaStorage {
  const bucket = env.ISNAD_MEDIA_S3_BUCKET;
  if (!bucket) return folderStorage();
  const accessKeyId = env.ISNAD_MEDIA_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.ISNAD_MEDIA_S3_SECRET_ACCESS_KEY;
  return s3Storage({
    bucket,
    endpoint: env.ISNAD_MEDIA_S3_ENDPOINT || undefined,
    region: env.ISNAD_MEDIA_S3_REGION || env.AWS_REGION || undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    prefix: env.ISNAD_MEDIA_S3_PREFIX || undefined,
  });
}

let configured: MediaStorage | undefined;

/** The instance's media store (one client per process). */
export function mediaStorage(): MediaStorage {
  configured ??= storageFromEnvironment();
  return configured;
}

/** Reads a stored object whole (tests, re-processing); serving streams `body` instead. */
export async function readStoredObject(object: StoredObject): Promise<Buffer> {
  return Buffer.from(await new Response(object.body).arrayBuffer());
}
