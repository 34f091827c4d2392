// A zip written as it is made (fflate's streaming Zip): entries are deflated chunk by chunk
// into the response, with the response's backpressure, so neither a KMZ's document nor a
// Shapefile's parts are ever held whole in memory.
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Zip, ZipDeflate } from 'fflate';
import { ByteSink } from './byte-sink';

export class ZipStream {
  private readonly zip: Zip;
  private readonly out: ByteSink;
  private failure: Error | null = null;

  constructor(out: ByteSink) {
    this.out = out;
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      if (!out.stream.destroyed) out.stream.write(chunk);
      if (final && !out.stream.destroyed) out.stream.end();
    });
  }

  /** A writable for one entry; its end closes the entry. */
  entry(name: string): Writable {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    return new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        file.push(chunk);
        this.out.drained().then(() => done(this.failure), done);
      },
      final: (done) => {
        file.push(new Uint8Array(0), true);
        done(this.failure);
      },
    });
  }

  /** One file from disk as an entry, read in chunks. */
  async addFile(name: string, path: string): Promise<void> {
    const target = this.entry(name);
    await pipeline(createReadStream(path), target);
  }

  end(): void {
    this.zip.end();
  }
}

/** A ByteSink that writes into one zip entry. */
export function zipEntrySink(zip: ZipStream, name: string): ByteSink {
  const entry = zip.entry(name);
  // An entry fails when the response is gone (its write rejects with ExportAborted); the writer
  // learns it from the sink (destroyed, so aborted). Unlistened, the 'error' event would be
  // thrown out of the stream: an uncaught exception, and the export's transaction left open.
  entry.on('error', () => undefined);
  return new ByteSink(entry);
}
