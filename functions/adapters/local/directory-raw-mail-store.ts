/** Raw inbound MIME in a local directory: the local stack's stand-in for the S3 bucket. */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawMailStore } from '../../core/ports';

const SAFE_ID = /^[A-Za-z0-9._-]+$/;

export class DirectoryRawMailStore implements RawMailStore {
  constructor(private readonly directory: string) {}

  private path(messageId: string): string {
    // Message ids come from our own SMTP server, but never let one name a path outside the directory.
    if (!SAFE_ID.test(messageId) || messageId.startsWith('.'))
      throw new Error(`Unsafe message id ${messageId}`);
    return join(this.directory, messageId);
  }

  async get(messageId: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.path(messageId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(messageIds: string[]): Promise<void> {
    await Promise.all(messageIds.map((id) => rm(this.path(id), { force: true })));
  }
}
