/** The shape of a send job on the queue, validated wherever one is read. */
import { z } from 'zod';

export const sendJobSchema = z.object({
  subscriberId: z.string().regex(/^[a-z2-7]{16}$/),
  week: z.number().int().min(1),
  day: z.number().int().min(1).max(8),
});
