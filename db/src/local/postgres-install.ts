import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export type PostgresInstall = { major: number; binDir: string };

/** The newest PostgreSQL server installed the Debian way (`/usr/lib/postgresql/<major>/bin`). */
export function findPostgres(): PostgresInstall {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((major) => Number.isInteger(major) && existsSync(`${root}/${major}/bin/initdb`))
        .sort((a, b) => b - a)
    : [];
  const major = majors[0];
  if (major === undefined) {
    throw new Error(
      'No PostgreSQL server found in /usr/lib/postgresql. Install one (apt-get install postgresql) or set DATABASE_URL.',
    );
  }
  return { major, binDir: `${root}/${major}/bin` };
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Both halves of an extension: its control file and its library. Debian ships pgRouting's SQL
 * scripts (with the control file) in a separate package that may be installed alone, and then
 * CREATE EXTENSION fails for want of the library.
 */
function hasExtension(major: number, name: string, library: string): boolean {
  const lib = `/usr/lib/postgresql/${major}/lib`;
  return (
    existsSync(`/usr/share/postgresql/${major}/extension/${name}.control`) &&
    existsSync(lib) &&
    readdirSync(lib).some((file) => file.startsWith(library) && file.endsWith('.so'))
  );
}

/** Programs the app runs itself: GDAL reads and writes the files of imports and exports. */
const programs = [
  { path: '/usr/bin/ogr2ogr', debianPackage: 'gdal-bin' },
  { path: '/usr/bin/ogrinfo', debianPackage: 'gdal-bin' },
];

/** The extensions' Debian packages that are missing for PostgreSQL `major`. */
export function missingExtensions(major: number): string[] {
  const wanted = [
    { extension: 'postgis', library: 'postgis-3', debianPackage: `postgresql-${major}-postgis-3` },
    // Road travel times for route plans (db/src/queries/road-network.ts).
    {
      extension: 'pgrouting',
      library: 'libpgrouting-',
      debianPackage: `postgresql-${major}-pgrouting`,
    },
  ];
  return wanted
    .filter((w) => !hasExtension(major, w.extension, w.library))
    .map((w) => w.debianPackage);
}

/** The programs' Debian packages that are missing (needed with any database). */
export function missingPrograms(): string[] {
  return [...new Set(programs.filter((p) => !existsSync(p.path)).map((p) => p.debianPackage))];
}

/**
 * Installs the Debian packages given. As root it runs apt-get; otherwise it stops with the one
 * command that would.
 */
export function installPackages(missing: string[]): void {
  if (missing.length === 0) return;
  const command = ['apt-get', 'install', '-y', '--no-install-recommends', ...missing];
  if (!isRoot()) {
    throw new Error(
      `${missing.join(', ')} missing. Run this once, then try again:\n  sudo ${command.join(' ')}`,
    );
  }
  console.log(`Installing ${missing.join(', ')} …`);
  let result = spawnSync(command[0] as string, command.slice(1), { stdio: 'inherit' });
  if (result.status !== 0) {
    // A fresh machine has no package lists yet.
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    result = spawnSync(command[0] as string, command.slice(1), { stdio: 'inherit' });
  }
  if (result.status !== 0) throw new Error(`Could not install ${missing.join(', ')}`);
}
