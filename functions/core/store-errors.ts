/** Errors a store raises that use cases react to. */
import { AppError } from './errors';

export class EmailTakenError extends AppError {
  constructor() {
    super('email_taken', 'That address already belongs to a subscriber.', { status: 409 });
  }
}

export class ConcurrentUpdateError extends AppError {
  constructor(id: string) {
    super('concurrent_update', `Subscriber ${id} was changed by someone else.`, { status: 409 });
  }
}

/** Another group has this join code (codes are random: the caller draws another). */
export class GroupCodeTakenError extends AppError {
  constructor() {
    super('group_code_taken', 'That join code is taken.', { status: 409 });
  }
}

/**
 * A send claim is no longer the caller's (its lease ran out and another sender took it over, or
 * it was released): recording the send is refused, and nothing is written.
 */
export class ClaimLostError extends AppError {
  constructor(job: { subscriberId: string; week: number; day: number }) {
    super('claim_lost', `Claim ${job.subscriberId}/${job.week}/${job.day} lost.`, { status: 409 });
  }
}
