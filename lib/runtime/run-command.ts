/**
 * Runs a command-line script's main and exits with its code. Exiting explicitly matters: nothing a library
 * leaves open (the schema engine, a pool, the database server's handles) may keep a finished command waiting.
 */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (exitCode) => process.exit(exitCode),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
