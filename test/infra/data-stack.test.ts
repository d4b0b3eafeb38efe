import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_DESIGN } from '../../functions/adapters/dynamodb/table-design';
import { DATA_EXPORTS, INBOUND } from '../../infra/names';
import { buildTestApp, type CfnJson, defined, json, logicalId, resourceOf, type TestApp } from './helpers';

let built: TestApp;
beforeAll(() => {
  built = buildTestApp();
});

describe('data stack: the table', () => {
  it('is on-demand, keyed as TABLE_DESIGN says, with TTL and AWS managed encryption', () => {
    built.dataTemplate.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.ttlAttribute, Enabled: true },
      // SSEEnabled without a key id: KMS encryption with the AWS managed key aws/dynamodb.
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('survives stack deletion and accidents: RETAIN, deletion protection, point-in-time recovery', () => {
    built.dataTemplate.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    });
  });

  it('has the sparse due index on dueShard (S) / dueAt (S)', () => {
    const { dueIndex } = TABLE_DESIGN;
    built.dataTemplate.hasResourceProperties('AWS::DynamoDB::Table', {
      AttributeDefinitions: Match.arrayWith([
        { AttributeName: dueIndex.partitionKey, AttributeType: 'S' },
        { AttributeName: dueIndex.sortKey, AttributeType: 'S' },
      ]),
      GlobalSecondaryIndexes: [
        {
          IndexName: dueIndex.name,
          KeySchema: [
            { AttributeName: dueIndex.partitionKey, KeyType: 'HASH' },
            { AttributeName: dueIndex.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...dueIndex.projected] },
        },
      ],
    });
  });
});

describe('data stack: the raw-mail bucket', () => {
  it('is retained, private and encrypted by S3 (SSE-S3), without versioning', () => {
    built.dataTemplate.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: Match.absent(),
      }),
    });
  });

  it('expires raw mail after 30 days', () => {
    built.dataTemplate.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: [Match.objectLike({ Status: 'Enabled', ExpirationInDays: 30, Prefix: Match.absent() })],
      },
    });
  });

  it('refuses requests without TLS', () => {
    built.dataTemplate.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets SES put objects only under the prefix, for this account and this receipt rule', () => {
    const policy = resourceOf(
      built.dataTemplate,
      defined(built.data.rawMailBucket.policy, 'a bucket policy'),
    );
    const allows = policy.Properties.PolicyDocument.Statement.filter((s: CfnJson) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    const [statement] = allows;
    expect(statement).toMatchObject({
      Principal: { Service: 'ses.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: {
        'Fn::Join': [
          '',
          [{ 'Fn::GetAtt': [logicalId(built.data.rawMailBucket), 'Arn'] }, `/${INBOUND.rawMailPrefix}*`],
        ],
      },
    });
    expect(Object.keys(statement.Condition)).toEqual(['StringEquals']);
    expect(statement.Condition.StringEquals['AWS:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
    expect(json(statement.Condition.StringEquals['AWS:SourceArn'])).toBe(
      json({
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':ses:eu-west-1:',
            { Ref: 'AWS::AccountId' },
            `:receipt-rule-set/${INBOUND.ruleSetName}:receipt-rule/${INBOUND.ruleName}`,
          ],
        ],
      }),
    );
  });
});

describe('data stack: the HMAC key', () => {
  it('is generated as {"current": ...} and retained', () => {
    built.dataTemplate.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        GenerateSecretString: Match.objectLike({
          SecretStringTemplate: '{}',
          GenerateStringKey: 'current',
          PasswordLength: 64,
        }),
      }),
    });
  });
});

describe('data stack: the contract with the service stack', () => {
  it('exports every resource the service stack imports, under fixed names', () => {
    const outputs = built.dataTemplate.toJSON().Outputs as Record<string, { Export?: { Name: string } }>;
    const exported = Object.values(outputs).map((output) => output.Export?.Name);
    expect(exported.sort()).toEqual(Object.values(DATA_EXPORTS).sort());
  });

  it('is protected against termination', () => {
    expect(built.data.terminationProtection).toBe(true);
  });
});
