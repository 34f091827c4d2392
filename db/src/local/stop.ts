import { stopCluster } from './cluster';
import { findPostgres } from './postgres-install';

if (process.env.DATABASE_URL) {
  console.log('DATABASE_URL is set: there is no local cluster to stop.');
} else {
  stopCluster(findPostgres());
}
