// GDAL's command-line tools as the file reader, run with nothing but what they need: no
// network (a KML or a VRT may name URLs; GDAL and PROJ must never fetch them), a minimal
// environment, a time limit, and file names only inside our own temp folder.
import { execFile } from 'node:child_process';

/** Config options, given as environment variables (GDAL reads both the same way). */
const offline: Record<string, string> = {
  // Every /vsicurl/ and HTTP request: refused by extension, sent to a closed proxy, and timed out.
  CPL_VSIL_CURL_ALLOWED_EXTENSIONS: '.gdal-network-disabled',
  GDAL_HTTP_PROXY: '127.0.0.1:9',
  GDAL_HTTP_TIMEOUT: '1',
  GDAL_HTTP_CONNECTTIMEOUT: '1',
  GDAL_HTTP_MAX_RETRY: '0',
  // PROJ may download transformation grids from its CDN: not here.
  PROJ_NETWORK: 'OFF',
  // A Shapefile's text as it is in the .dbf: decoded by legacy-encoding.ts, .cpg or not.
  SHAPE_ENCODING: '',
  CPL_DEBUG: 'OFF',
};

export class GdalFailed extends Error {}

/** How long one GDAL call may take: a 50 MB file of polygons reads in seconds. */
const timeoutMs = 120_000;

/**
 * Runs `program` (ogr2ogr, ogrinfo, gdalsrsinfo) and gives its standard output as bytes; a
 * failure throws GdalFailed with GDAL's first error line, `hide` (our temp path) removed.
 */
export function runGdal(
  program: 'ogr2ogr' | 'ogrinfo' | 'gdalsrsinfo' | 'gdaltransform',
  args: readonly string[],
  options: { cwd?: string; hide?: string; config?: Record<string, string>; input?: string } = {},
): Promise<Buffer> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...offline, ...options.config };
  return new Promise((resolve, reject) => {
    const child = execFile(
      program,
      args,
      {
        cwd: options.cwd,
        env,
        encoding: 'buffer',
        maxBuffer: 1024 * 1024 * 1024,
        timeout: timeoutMs,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const text = stderr.toString('utf8');
        const line =
          text.split('\n').find((l) => /^(ERROR|FAILURE)/.test(l)) ?? text.split('\n')[0] ?? '';
        const clean = (options.hide ? line.split(options.hide).join('') : line).slice(0, 300);
        reject(new GdalFailed(clean || String(error.message).slice(0, 300)));
      },
    );
    // GDAL may exit before it reads its input (most calls have none): an EPIPE here is not the
    // failure, the exit code and stderr above say what happened.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input ?? '');
  });
}
