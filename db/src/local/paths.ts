import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in `db/src/local/`. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const dataRoot = `${repoRoot}.data`;
/** The cluster's folder, in the repository when the user running PostgreSQL can reach it. */
export const clusterDir = `${dataRoot}/postgres`;
/**
 * Where the bring-up wrote down a cluster it had to keep outside the repository: as root the
 * server runs as `postgres`, which cannot enter a clone in a private home (cluster.ts).
 */
export const clusterPathFile = `${dataRoot}/cluster-path`;
/** Written by the bring-up; read by `api/src/env.ts` when DATABASE_URL is not set. */
export const localEnvFile = `${dataRoot}/local.env`;
export const passwordFile = `${dataRoot}/postgres-password`;
export const appPasswordFile = `${dataRoot}/app-password`;
/** 54329 unless LOCAL_DB_PORT says otherwise (two checkouts side by side need two ports). */
export const localPort = Number(process.env.LOCAL_DB_PORT) || 54329;
export const appDatabase = 'namthanhmien';
