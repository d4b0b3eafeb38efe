/**
 * The public web front: an API Gateway HTTP API whose `$default` route sends every request
 * (pages, forms, one-click unsubscribe, exports, health) to the http function, which routes itself.
 * Stage throttling protects the account; per-client and per-address limits live in the app,
 * because HTTP APIs have no usage plans.
 */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { GratitudeFunction } from './gratitude-function';

/** Whole-API ceiling for the `$default` route (requests per second, and burst). */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

export class Api extends Construct {
  readonly http: GratitudeFunction;
  readonly httpApi: apigw.HttpApi;
  readonly stage: apigw.HttpStage;
  /** `https://<id>.execute-api.<region>.amazonaws.com`, no trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.http = new GratitudeFunction(this, 'Http', {
      entry: 'http-api',
      description:
        'Web pages and forms: subscribe, confirm, unsubscribe, log, export, delete, preferences, reconnect',
      // API Gateway gives up on an integration after 30 s; fail well before that.
      timeout: Duration.seconds(10),
      signsLinks: true,
    });

    this.httpApi = new apigw.HttpApi(this, 'HttpApi', {
      description: 'Gratitude Week web front',
      defaultIntegration: new HttpLambdaIntegration('HttpFunction', this.http.fn, {
        payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
      }),
      // The default stage is created below, with throttling and access logs.
      createDefaultStage: false,
    });

    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      // Access logs hold client IP addresses: keep them no longer than needed to investigate abuse.
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // `$context.path` has no query string, so tokens in links never reach the logs.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'A public website: every state-changing request carries an HMAC-signed token that the function ' +
        'verifies, and subscribing is open to anyone by design (double opt-in, rate limited in the app).',
    });

    this.url = this.httpApi.apiEndpoint;
  }
}
