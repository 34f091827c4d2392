// A HEAD request runs the GET handler; its answer's body must not be left half-read. Found by
// the fuzz suite: a HEAD of a streamed export kept its transaction open for good, and a few of
// them took every pooled connection, so the API stopped answering anyone.
import { exportFormats } from '@ntm/api/exports/export-formats';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });

/** The app's connections (db/src/client.ts names them) inside a statement or a transaction. */
async function busyConnections() {
  const [row] = await police.sql<[{ busy: number }]>`
    select count(*)::int as busy from pg_stat_activity
    where datname = current_database() and application_name = 'nam-thanh-mien'
      and state is distinct from 'idle'`;
  return row.busy;
}

/** Waits (at most two seconds) for the app's connections to be idle; the count still busy. */
async function busyAfterSettling() {
  for (let tries = 0; tries < 40; tries += 1) {
    if ((await busyConnections()) === 0) return 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return busyConnections();
}

describe('HEAD requests', () => {
  it.each(exportFormats)(
    'a HEAD of the %s export answers its headers and ends its transaction',
    async (format) => {
      const response = await police.request(`/api/exports/inspections.${format}`, {
        method: 'HEAD',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/attachment/);
      expect(await response.text()).toBe('');
      expect(await busyAfterSettling()).toBe(0);
    },
  );

  it('many HEADs in a row leave the API answering', async () => {
    for (let i = 0; i < 12; i += 1) {
      await police.request('/api/exports/businesses.csv', { method: 'HEAD' });
    }
    const response = await police.request('/api/businesses/1');
    expect(response.status).toBeLessThan(500);
    expect(await busyAfterSettling()).toBe(0);
  });
});

describe('a download the client stops reading', () => {
  it.each(['geojson', 'csv', 'kml', 'kmz', 'xlsx', 'shp.zip'])(
    'a %s export cancelled after its first bytes ends its transaction',
    async (format) => {
      const response = await police.request(`/api/exports/businesses.${format}`);
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await reader.cancel();
      expect(await busyAfterSettling()).toBe(0);
    },
  );

  // Found by the fuzz's long run: a small layer's workbook is written whole before the client
  // goes, and exceljs's commit then waited for good for a stream that had been torn down.
  it.each(['key-areas', 'tips', 'inspections', 'villages'])(
    'a small %s.xlsx cancelled after its first bytes ends its transaction',
    async (layer) => {
      const response = await police.request(`/api/exports/${layer}.xlsx`);
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await reader.cancel();
      expect(await busyAfterSettling()).toBe(0);
    },
  );
});
