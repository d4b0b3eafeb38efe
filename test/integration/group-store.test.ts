/** The group store on DynamoDB Local: the contract, concurrency included, against the real table. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoGroupStore } from '../../functions/adapters/dynamodb/group-store';
import { describeGroupStoreContract } from '../contract/group-store.contract';

const raw = new DynamoDBClient({});
const client = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });

afterAll(() => raw.destroy());

describeGroupStoreContract(
  'DynamoDB Local',
  () => new DynamoGroupStore({ client, tableName: process.env.TABLE_NAME ?? '' }),
);
