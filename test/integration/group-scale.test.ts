/**
 * A full group on DynamoDB Local: 500 members joining at once take exactly 500 seats (the 501st
 * is refused over HTTP with 409 group_full), and the dashboard of those 500 members reads a fixed
 * number of items (the group and its counters), counted at the DynamoDB client.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoGroupStore } from '../../functions/adapters/dynamodb/group-store';
import { confirmGroup, MAX_GROUP_MEMBERS, summaryDeadline } from '../../functions/core/group';
import { signGroupToken } from '../../functions/core/tokens';
import { dashboardForToken } from '../../functions/core/use-cases/groups';
import { handler as http } from '../../functions/http-api';
import { buildLocalDeps } from '../../functions/local/local-parts';
import { nextSubscriberId } from '../builders/deps';
import { httpEvent } from '../builders/events';
import { aGroup } from '../contract/group-store.contract';

jest.setTimeout(120_000);

const raw = new DynamoDBClient({});
const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
afterAll(() => raw.destroy());

/** The commands sent through `client` while `work` runs, by name. */
async function commandsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const name = 'count-commands';
  client.middlewareStack.add(
    (next, context) => async (args) => {
      seen.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    await work();
  } finally {
    client.middlewareStack.remove(name);
  }
  return seen;
}

describe('a group of 500 on DynamoDB Local', () => {
  it('takes exactly 500 seats from 520 people joining at once, and its dashboard reads two items', async () => {
    const store = new DynamoGroupStore({ client, tableName: process.env.TABLE_NAME ?? '' });
    const group = confirmGroup(aGroup(), new Date());
    await store.create(group, summaryDeadline(group));
    const people = Array.from({ length: MAX_GROUP_MEMBERS + 20 }, () => nextSubscriberId());
    const outcomes = await Promise.all(people.map((p) => store.join(group.id, p, MAX_GROUP_MEMBERS)));
    expect(outcomes.filter((o) => o === 'joined')).toHaveLength(MAX_GROUP_MEMBERS);
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(20);
    const seated = people.filter((_, i) => outcomes[i] === 'joined');
    await Promise.all(seated.map((p) => store.countMember(group.id, p)));
    await Promise.all(
      seated.map((p, i) => store.countReply(group.id, p, 1 + (i % 7), 2, `m-${p}`, { call: 1 })),
    );

    const deps = { ...(await buildLocalDeps()), groups: store };
    const token = signGroupToken(deps.links.keys, 'dashboard', group.id);
    let dashboard: Awaited<ReturnType<typeof dashboardForToken>>['dashboard'] | undefined;
    const commands = await commandsDuring(async () => {
      dashboard = (await dashboardForToken(deps, token)).dashboard;
    });
    expect(commands).toEqual(['GetItemCommand', 'GetItemCommand']);
    expect(dashboard).toMatchObject({ members: 500, thanksTotal: 1000, withheld: false });
    expect(dashboard?.channels?.call).toBe(500);
    expect(dashboard?.days.map((d) => d.replied).reduce((a, b) => a + b, 0)).toBe(500);
  });

  it('answers the 501st sign-up over HTTP with 409 group_full', async () => {
    const deps = await buildLocalDeps();
    const group = confirmGroup(aGroup(), new Date());
    await deps.groups.create(group, summaryDeadline(group));
    // Seats taken as sign-ups take them, without 500 welcome emails.
    await Promise.all(
      Array.from({ length: MAX_GROUP_MEMBERS }, () =>
        deps.groups.join(group.id, nextSubscriberId(), MAX_GROUP_MEMBERS),
      ),
    );
    const email = `group-full-${nextSubscriberId()}@example.com`;
    const res = await http(
      httpEvent({
        method: 'POST',
        path: '/subscribe',
        body: { email, group: group.code },
        sourceIp: '203.0.113.99',
      }),
    );
    expect(res.statusCode).toBe(409);
    expect(JSON.parse(res.body ?? '')).toMatchObject({ error: { code: 'group_full' } });
    expect(await deps.store.findByEmail(email)).toBeNull();
    const page = await http(httpEvent({ path: `/join/${group.code}` }));
    expect(page.statusCode).toBe(409);
  });
});
