/**
 * The single table and what each function keeps in it: subscribers, groups, limits and the inbound
 * log; and for the send path, the claims and the due index.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoGroupMembership, DynamoGroupStore } from '../../adapters/dynamodb/group-store';
import { DynamoInboundLog } from '../../adapters/dynamodb/inbound-log';
import { DynamoRateLimiter } from '../../adapters/dynamodb/rate-limiter';
import { DynamoDueIndex, DynamoSendLedger } from '../../adapters/dynamodb/send-ledger';
import { DynamoSubscriberStore } from '../../adapters/dynamodb/subscriber-store';
import type { GroupStore } from '../../core/ports';
import { partly } from '../compose';
import { parseSection, tableSection } from '../config';
import type { Env } from './index';

// Module scope: reused while the Lambda stays warm.
const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

/**
 * The table as the functions that keep people's weeks see it: subscribers, groups, limits and the
 * inbound log (the web and mail functions).
 */
export function tablePart(env: Env) {
  const settings = tableSettings(env);
  return {
    store: new DynamoSubscriberStore(settings),
    rateLimiter: new DynamoRateLimiter(settings),
    inboundLog: new DynamoInboundLog(settings),
    groups: new DynamoGroupStore(settings),
  };
}

/**
 * The table as functions acting only for a member see it (the understand and mail-events
 * functions): the member's part of the groups, not their creation nor their due summaries.
 */
export function memberTablePart(env: Env) {
  const settings = tableSettings(env);
  return {
    store: new DynamoSubscriberStore(settings),
    rateLimiter: new DynamoRateLimiter(settings),
    inboundLog: new DynamoInboundLog(settings),
    groups: partly<GroupStore>(new DynamoGroupMembership(settings), 'Group administration'),
  };
}

/** The table with the send path's claims and due index besides (the dispatch and prompt functions). */
export function sendingTablePart(env: Env) {
  const settings = tableSettings(env);
  return {
    ...tablePart(env),
    ledger: new DynamoSendLedger(settings),
    dueIndex: new DynamoDueIndex(settings),
  };
}

function tableSettings(env: Env) {
  const table = parseSection(tableSection, env);
  return { client: dynamo, tableName: table.tableName, dueShards: table.dueShards };
}
