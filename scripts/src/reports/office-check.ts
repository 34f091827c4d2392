// `pnpm report:office-check [--period=2026-Q1] [--fixture] [--out=DIR] [--commune=CODE]
// [--database-url=URL] [--all-pages]`: renders a period's report as DOCX and XLSX (from the
// database as the health station would get it, or from the renderers' test fixture), converts
// both to PDF with LibreOffice headless (the check that they open without repair), checks the
// PDF pages are A4, and turns page 1 of each into PNG at 80 dpi for a person to look at.
// Not part of CI: LibreOffice is installed for the check only
// (apt-get install --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils).
// Exit 0 done, 1 a tool, the database or a conversion failed, 2 bad flags.

import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import { repoRoot } from '@ntm/db/local/paths';
import { asActor } from '@ntm/db/queries/actor';
import { renderDocx } from '@ntm/domain/reports/docx/report-docx';
import { quarterData, sentReport } from '@ntm/domain/reports/fixtures/quarter-2026-q1';
import { defaultSummary, parsePeriod, reportData } from '@ntm/domain/reports/report-data';
import { type ReportMeta, reportMeta } from '@ntm/domain/reports/report-meta';
import type { ReportData } from '@ntm/domain/reports/report-types';
import { renderXlsx } from '@ntm/domain/reports/xlsx';
import postgres from 'postgres';
import { readFlags } from '../cli/read-flags';

const usage =
  'usage: pnpm report:office-check [--period=2026-Q1] [--fixture] [--out=DIR] [--commune=CODE] [--database-url=URL] [--all-pages]';

/** The last quarter that has ended, in Vietnam time. */
function lastQuarter(now: Date): string {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const q = Math.floor(local.getUTCMonth() / 3); // 0 = Q1 is running: take Q4 of last year
  return q === 0 ? `${local.getUTCFullYear() - 1}-Q4` : `${local.getUTCFullYear()}-Q${q}`;
}

function tool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function fromDatabase(
  url: string,
  communeCode: string,
  period: string,
): Promise<{ data: ReportData; meta: ReportMeta }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const now = new Date();
    // As the health station: what the app would answer it (support numbers suppressed).
    return await asActor(sql, { userId: null, role: 'health', villageId: null }, async (tx) => {
      const data = await reportData(tx, { COMMUNE_CODE: communeCode }, parsePeriod(period), now);
      const narrative = { summary: defaultSummary(data), difficulties: '', proposals: '' };
      return { data, meta: reportMeta(null, narrative, now) };
    });
  } finally {
    await sql.end();
  }
}

/**
 * LibreOffice headless to PDF, in a profile of its own (no clash with a running office); the
 * PDF lands beside the file as `<file>.pdf` (the DOCX and the XLSX share a stem).
 */
function toPdf(file: string): string {
  const work = mkdtempSync(join(tmpdir(), 'ntm-office-'));
  const pdf = `${file}.pdf`;
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const made = join(work, `${basename(file).replace(/\.(docx|xlsx)$/, '')}.pdf`);
    if (!existsSync(made) || statSync(made).size < 1000) {
      throw new Error(`LibreOffice did not convert ${file}`);
    }
    renameSync(made, pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return pdf;
}

function pdfPages(pdf: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '',
  };
}

async function main(): Promise<number> {
  const read = readFlags(process.argv.slice(2), {
    period: { type: 'string' },
    fixture: { type: 'boolean', default: false },
    out: { type: 'string', default: join(repoRoot, '.data', 'office-check') },
    commune: { type: 'string', default: '11284' },
    'database-url': { type: 'string' },
    'all-pages': { type: 'boolean', default: false },
  });
  if (!read.ok) {
    console.error(`${read.reason}\n${usage}`);
    return 2;
  }
  const { values } = read;
  const period = (values.period as string | undefined) ?? lastQuarter(new Date());
  try {
    parsePeriod(period);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  for (const name of ['soffice', 'pdfinfo', 'pdftoppm']) {
    if (!tool(name)) {
      console.error(
        `${name} is missing: apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils`,
      );
      return 1;
    }
  }

  let rendered: { data: ReportData; meta: ReportMeta };
  if (values.fixture) {
    rendered = {
      data: quarterData,
      meta: reportMeta(sentReport, sentReport.narrative, new Date()),
    };
  } else {
    const urls = readDatabaseUrls();
    const url = (values['database-url'] as string | undefined) ?? urls?.app ?? urls?.owner;
    if (!url) {
      console.error('No database: set DATABASE_URL or run `npm run db:up` first (or --fixture).');
      return 1;
    }
    rendered = await fromDatabase(url, values.commune as string, period);
  }
  const { data, meta } = rendered;

  const outDir = resolve(values.out as string);
  mkdirSync(outDir, { recursive: true });
  const stem = join(outDir, `bao-cao-${data.period.code}${values.fixture ? '-fixture' : ''}`);
  writeFileSync(`${stem}.docx`, await renderDocx(data, meta));
  writeFileSync(`${stem}.xlsx`, await renderXlsx(data, meta));

  let failed = false;
  for (const file of [`${stem}.docx`, `${stem}.xlsx`]) {
    let pdf: string;
    try {
      pdf = toPdf(file);
    } catch (error) {
      console.error(`FAIL ${file}: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const { pages, size } = pdfPages(pdf);
    const a4 = /595(\.\d+)? x 841(\.\d+)?/.test(size);
    const last = values['all-pages'] ? pages : 1;
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      String(last),
      pdf,
      pdf.slice(0, -4),
    ]);
    console.log(
      `${a4 ? 'ok  ' : 'FAIL'} ${pdf}: ${pages} page(s), ${size}; PNG of page 1–${last} beside it`,
    );
    if (!a4) failed = true;
  }
  console.log(
    `Report ${data.period.code} (${data.period.label}), numbers of ${data.computedAt}; look at ${outDir}/*.png`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
