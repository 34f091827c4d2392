import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupError, checksumLine, parseChecksumLine, sha256File } from './files';

const dir = await mkdtemp(join(tmpdir(), 'ntm-files-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the checksum beside an archive', () => {
  it('is the line sha256sum writes and reads back', async () => {
    const file = join(dir, 'ntm-backup-11284-20261208T020000Z.tar');
    await writeFile(file, 'abc');
    const { sha256, sizeBytes } = await sha256File(file);
    expect(sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sizeBytes).toBe(3);
    const line = checksumLine(sha256, file);
    expect(line).toBe(`${sha256}  ntm-backup-11284-20261208T020000Z.tar\n`);
    expect(parseChecksumLine(line, file)).toBe(sha256);
  });

  it('refuses a line for another file or without a hash', () => {
    const hash = 'a'.repeat(64);
    expect(() => parseChecksumLine(`${hash}  other.tar`, '/x/mine.tar')).toThrow(BackupError);
    expect(() => parseChecksumLine('not a checksum', '/x/mine.tar')).toThrow(/does not name/);
  });
});
