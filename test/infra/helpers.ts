/**
 * Builds the real CDK app for assertions, with a clearly fake context. Asset bundling and the
 * built-in CloudFormation schema validation are off by default to keep the suite fast; the
 * bundling test turns both on. cdk-nag always runs: an unacknowledged error fails synthesis.
 */
import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import type { GratitudeFunction } from '../../infra/constructs/gratitude-function';
import { buildGratitudeApp } from '../../infra/gratitude-app';

/** The same fake values `npm run synth` passes (RFC 2606 `.example` names, not deployable). */
export const SAMPLE_CONTEXT = {
  'gratitude:region': 'eu-west-1',
  'gratitude:sendingDomain': 'gratitude.example',
  'gratitude:senderAddress': 'Gratitude Week <hello@gratitude.example>',
  'gratitude:inboundDomain': 'in.gratitude.example',
  'gratitude:mailFromSubdomain': 'bounce',
  'gratitude:postalAddress': 'Sample only, 1 Example Street, Nowhere',
} as const;

export interface BuildOptions {
  /** Really bundle the functions with esbuild and run CloudFormation schema validation. */
  readonly full?: boolean;
}

export function buildTestApp(context: Record<string, unknown> = {}, options: BuildOptions = {}) {
  const app = new App({
    context: {
      ...SAMPLE_CONTEXT,
      ...(options.full
        ? { '@aws-cdk/core:validateAgainstDefaultRules': true }
        : { 'aws:cdk:bundling-stacks': [] }),
      ...context,
    },
    builtinCloudFormationValidation: options.full === true,
  });
  const built = buildGratitudeApp(app);
  const assembly = app.synth();
  return {
    ...built,
    app,
    assembly,
    dataTemplate: Template.fromJSON(assembly.getStackArtifact(built.data.artifactId).template),
    serviceTemplate: Template.fromJSON(assembly.getStackArtifact(built.service.artifactId).template),
  };
}

export type TestApp = ReturnType<typeof buildTestApp>;

/** A node of a synthesized template: plain, untyped CloudFormation JSON. */
// biome-ignore lint/suspicious/noExplicitAny: templates are untyped JSON; tests navigate them freely.
export type CfnJson = any;

/** Narrows an optional value, failing the test with a message when it is missing. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`expected ${what}`);
  return value;
}

export function logicalId(construct: IConstruct): string {
  const element = (construct.node.defaultChild ?? construct) as CfnElement;
  return (element.stack as Stack).resolve(element.logicalId) as string;
}

export function resourceOf(template: Template, construct: IConstruct): Record<string, CfnJson> {
  const resource = template.toJSON().Resources[logicalId(construct)];
  if (!resource) throw new Error(`no resource for ${construct.node.path}`);
  return resource;
}

export interface Statement {
  readonly Effect: string;
  readonly Action: string[];
  readonly Resource: unknown[];
  readonly Condition?: Record<string, unknown>;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function normalise(statement: Record<string, CfnJson>): Statement {
  return {
    ...statement,
    Effect: statement.Effect,
    Action: asArray(statement.Action),
    Resource: asArray(statement.Resource),
  } as Statement;
}

/** Every statement of the function's role policy. */
export function statementsOf(template: Template, fn: GratitudeFunction): Statement[] {
  const policy = fn.role.node.findChild('DefaultPolicy');
  const document = resourceOf(template, policy).Properties.PolicyDocument;
  return asArray<Record<string, CfnJson>>(document.Statement).map(normalise);
}

export function actionsOf(template: Template, fn: GratitudeFunction): string[] {
  return statementsOf(template, fn).flatMap((s) => s.Action);
}

/** Every statement of every IAM, bucket, queue and topic policy in a template. */
export function allPolicyStatements(template: Template): Statement[] {
  const documents = Object.values(template.toJSON().Resources as Record<string, CfnJson>).flatMap(
    (resource) => {
      const props = resource.Properties ?? {};
      // A role's trust policy says who may assume it, not what it may do: only inline policies count.
      if (resource.Type === 'AWS::IAM::Role')
        return asArray<CfnJson>(props.Policies).map((p) => p.PolicyDocument);
      return [props.PolicyDocument];
    },
  );
  return documents
    .filter(Boolean)
    .flatMap((doc: CfnJson) => asArray<Record<string, CfnJson>>(doc.Statement).map(normalise));
}

export function envOf(template: Template, fn: GratitudeFunction): Record<string, unknown> {
  return resourceOf(template, fn.fn).Properties.Environment?.Variables ?? {};
}

/** Deterministic JSON of a CloudFormation value, for "contains this reference" checks. */
export const json = (value: unknown): string => JSON.stringify(value);
