/** The single table and everything kept in it: subscribers, claims, due index, limits, inbound log. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoGroupStore } from '../../adapters/dynamodb/group-store';
import { DynamoInboundLog } from '../../adapters/dynamodb/inbound-log';
import { DynamoRateLimiter } from '../../adapters/dynamodb/rate-limiter';
import { DynamoDueIndex, DynamoSendLedger } from '../../adapters/dynamodb/send-ledger';
import { DynamoSubscriberStore } from '../../adapters/dynamodb/subscriber-store';
import { parseSection, tableSection } from '../config';
import type { Env } from './index';

// Module scope: reused while the Lambda stays warm.
const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({}), {
  marshallOptions: { removeUndefinedValues: true },
});

export function tablePart(env: Env) {
  const table = parseSection(tableSection, env);
  const settings = { client: dynamo, tableName: table.tableName, dueShards: table.dueShards };
  return {
    store: new DynamoSubscriberStore(settings),
    rateLimiter: new DynamoRateLimiter(settings),
    ledger: new DynamoSendLedger(settings),
    dueIndex: new DynamoDueIndex(settings),
    inboundLog: new DynamoInboundLog(settings),
    groups: new DynamoGroupStore(settings),
  };
}
