import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in `db/src/local/`. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const dataRoot = `${repoRoot}.data`;
export const clusterDir = `${dataRoot}/postgres`;
/** Written by the bring-up; read by `api/src/env.ts` when DATABASE_URL is not set. */
export const localEnvFile = `${dataRoot}/local.env`;
export const passwordFile = `${dataRoot}/postgres-password`;
export const appPasswordFile = `${dataRoot}/app-password`;
/** 54329 unless LOCAL_DB_PORT says otherwise (two checkouts side by side need two ports). */
export const localPort = Number(process.env.LOCAL_DB_PORT) || 54329;
export const appDatabase = 'namthanhmien';
