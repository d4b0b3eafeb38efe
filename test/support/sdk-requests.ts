/**
 * Every SDK call the functions make, against a request handler that records the request and
 * answers as the service would, for `test/infra/sdk-schemas.test.ts` to bundle as deployed and
 * compare with the same calls bundled without the schema tree-shaking.
 */

import { Readable } from 'node:stream';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';

interface Answer {
  status: number;
  body: string;
  contentType: string;
  errorType?: string;
}

const SIGNATURE_HEADERS =
  /^(authorization|x-amz-date|amz-sdk-invocation-id|amz-sdk-request|user-agent|x-amz-user-agent)$/;

function recorder(requests: unknown[], answer: Answer) {
  return {
    async handle(request: {
      method: string;
      path: string;
      query: unknown;
      headers: Record<string, string>;
      body?: unknown;
    }) {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => !SIGNATURE_HEADERS.test(name.toLowerCase())),
      );
      const body =
        request.body === undefined || typeof request.body === 'string'
          ? request.body
          : Buffer.from(request.body as Uint8Array).toString();
      requests.push({ method: request.method, path: request.path, query: request.query, headers, body });
      return {
        response: {
          statusCode: answer.status,
          headers: {
            'content-type': answer.contentType,
            ...(answer.errorType ? { 'x-amzn-errortype': answer.errorType } : {}),
          },
          body: Readable.from([Buffer.from(answer.body)]),
        },
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
}

const XML = 'application/xml';
const JSON_1_0 = 'application/x-amz-json-1.0';

export async function run(): Promise<{ results: unknown[]; requests: unknown[] }> {
  const requests: unknown[] = [];
  const results: unknown[] = [];
  const client = <T>(make: (options: object) => T, answer: Answer): T =>
    make({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxAttempts: 1,
      requestHandler: recorder(requests, answer),
    });

  const missing = client((o) => new S3Client(o), {
    status: 404,
    body: '<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>',
    contentType: XML,
  });
  results.push(
    await missing
      .send(new GetObjectCommand({ Bucket: 'raw', Key: 'inbound/m1' }))
      .catch((e: unknown) => e instanceof NoSuchKey),
  );
  const raw = client((o) => new S3Client(o), {
    status: 200,
    body: 'From: a@b.c\r\n\r\nhello',
    contentType: 'message/rfc822',
  });
  const object = await raw.send(new GetObjectCommand({ Bucket: 'raw', Key: 'inbound/m1' }));
  results.push(await object.Body?.transformToString());
  const deleted = client((o) => new S3Client(o), {
    status: 200,
    body: '<DeleteResult><Deleted><Key>inbound/m1</Key></Deleted></DeleteResult>',
    contentType: XML,
  });
  const deletion = await deleted.send(
    new DeleteObjectsCommand({
      Bucket: 'raw',
      Delete: { Objects: [{ Key: 'inbound/m1' }, { Key: 'inbound/m2' }], Quiet: true },
    }),
  );
  results.push(deletion.Deleted);

  const ses = client((o) => new SESv2Client(o), {
    status: 200,
    body: '{"MessageId":"ses-1"}',
    contentType: 'application/json',
  });
  const sent = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'Gratitude Week <hello@gratitude.example>',
      Destination: { ToAddresses: ['ana@example.org'] },
      ReplyToAddresses: ['reply+abc@in.gratitude.example'],
      ConfigurationSetName: 'gratitude',
      Content: {
        Simple: {
          Subject: { Data: 'Día 1: la familia', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Hola' }, Html: { Data: '<p>Hola</p>' } },
          Headers: [{ Name: 'List-Unsubscribe-Post', Value: 'List-Unsubscribe=One-Click' }],
        },
      },
    }),
  );
  results.push(sent.MessageId);
  const throttled = client((o) => new SESv2Client(o), {
    status: 429,
    body: '{"message":"Maximum sending rate exceeded."}',
    contentType: 'application/json',
    errorType: 'TooManyRequestsException',
  });
  results.push(
    await throttled
      .send(
        new SendEmailCommand({
          FromEmailAddress: 'hello@gratitude.example',
          Destination: { ToAddresses: ['ana@example.org'] },
          Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 't' } } } },
        }),
      )
      .catch((e: unknown) => (e as Error).name),
  );

  const sqs = client((o) => new SQSClient(o), {
    status: 200,
    body: '{"Successful":[{"Id":"1","MessageId":"q-1","MD5OfMessageBody":"f35b327d3776c942dcf34ecb97098e8e"}],"Failed":[]}',
    contentType: JSON_1_0,
  });
  results.push(
    await sqs
      .send(
        new SendMessageBatchCommand({
          QueueUrl: 'https://sqs.eu-west-1.amazonaws.com/1/sends',
          Entries: [{ Id: '1', MessageBody: '{"day":1}' }],
        }),
      )
      .then(
        (out) => out.Successful?.length,
        (e: unknown) => (e as Error).name,
      ),
  );

  const table = client((o) => new DynamoDBClient(o), {
    status: 200,
    body: '{"Items":[{"pk":{"S":"SUB#1"}}],"Count":1}',
    contentType: JSON_1_0,
  });
  const query = await table.send(
    new QueryCommand({
      TableName: 'gratitude',
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': { S: 'SUB#1' } },
    }),
  );
  results.push(query.Items);
  const refused = client((o) => new DynamoDBClient(o), {
    status: 400,
    body: '{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}',
    contentType: JSON_1_0,
  });
  results.push(
    await refused
      .send(
        new PutItemCommand({
          TableName: 'gratitude',
          Item: { pk: { S: 'SUB#1' } },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      )
      .catch((e: unknown) => e instanceof ConditionalCheckFailedException),
  );

  return { results, requests };
}
