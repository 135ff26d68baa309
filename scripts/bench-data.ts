/**
 * `npm run bench:data -- <size> [serve]`: generates the bench archive of a
 * size (1k, 50k, 1m) once, into ISNAD_BENCH_DIR (default .bench/), and
 * reuses it afterwards.
 *
 *   npm run bench:data -- 1m          generate (or check) the archive, then stop
 *   npm run bench:data -- 1m serve    keep its PostgreSQL running and print DATABASE_URL,
 *                                     e.g. for `DATABASE_URL=… npm start` against a million claims
 */
import { benchDir, isBenchSize, openBenchDatabase } from "@/lib/bench/bench-database";

const [size = "1k", mode] = process.argv.slice(2);
if (!isBenchSize(size)) {
  console.error(`Unknown size "${size}": use 1k, 50k or 1m.`);
  process.exit(2);
}

const database = await openBenchDatabase(size);
console.log(`${size} archive in ${benchDir()}/${size}: ${JSON.stringify(database.manifest.counts)}`);
console.log(`DATABASE_URL=${database.url}`);
if (mode === "serve") {
  console.log("PostgreSQL stays up until this process is stopped (Ctrl-C).");
  const stop = () => void database.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  setInterval(() => {}, 60_000);
} else {
  await database.stop();
  process.exit(0);
}
