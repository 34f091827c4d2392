import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** The client went away (or the stream was torn down): stop reading rows. */
export class ExportAborted extends Error {
  constructor() {
    super('export aborted');
  }
}

/**
 * Writes to a Node stream with backpressure: `write` waits while the stream's buffer is full, so
 * a slow client slows the cursor instead of the rows piling up in memory. Small pieces are
 * gathered into chunks of about 64 KiB first.
 */
export class ByteSink {
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly stream: Writable) {}

  get aborted(): boolean {
    return this.stream.destroyed || this.stream.writableEnded;
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 65_536) await this.flush();
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    await this.flush();
    await this.push(bytes);
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    await this.push(Buffer.from(text, 'utf8'));
  }

  /** Waits until the stream wants more (or is gone). */
  async drained(): Promise<void> {
    if (this.aborted) throw new ExportAborted();
    if (!this.stream.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
    });
    if (this.aborted) throw new ExportAborted();
  }

  /**
   * Rejects with ExportAborted once the client has gone before the end; never settles when the
   * stream ends as it should. For a writer that waits on the stream itself (exceljs's commit
   * waits for a 'finish' that a destroyed stream never emits).
   */
  whenAborted(): Promise<never> {
    return new Promise((_, reject) => {
      finished(this.stream).catch(() => reject(new ExportAborted()));
    });
  }

  private async push(bytes: Uint8Array): Promise<void> {
    if (this.aborted) throw new ExportAborted();
    this.stream.write(bytes);
    await this.drained();
  }
}
