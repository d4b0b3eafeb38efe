/** Raw inbound MIME in S3, where the SES receipt rule's S3 action put it (`<prefix><message id>`). */
import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import type { RawMailStore } from '../../core/ports';

export class S3RawMailStore implements RawMailStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    private readonly prefix: string,
  ) {}

  async get(messageId: string): Promise<Uint8Array | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.prefix + messageId }),
      );
      return object.Body ? await object.Body.transformToByteArray() : null;
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      throw error;
    }
  }

  async delete(messageIds: string[]): Promise<void> {
    for (let i = 0; i < messageIds.length; i += 1000) {
      const Objects = messageIds.slice(i, i + 1000).map((id) => ({ Key: this.prefix + id }));
      await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects, Quiet: true } }),
      );
    }
  }
}
