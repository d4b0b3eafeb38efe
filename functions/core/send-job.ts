/** The shape of a send job on the queue, validated wherever one is read. */
import * as z from 'zod/mini';
import { RECONNECT_DAY } from './week';

export const sendJobSchema = z.object({
  subscriberId: z.string().check(z.regex(/^[a-z2-7]{16}$/)),
  week: z.int().check(z.minimum(1)),
  day: z.int().check(z.minimum(1), z.maximum(RECONNECT_DAY)),
});
