/**
 * How every Lambda bundle is built, as plain data: the CDK construct turns it into NodejsFunction
 * bundling options and `npm run bench` into the same esbuild call, so the figures it prints are the
 * deployed bundles'.
 *
 * The AWS SDK is bundled (the clients the code was tested with, not the runtime's copy), except the
 * credential providers the default chain only imports when the environment holds no credentials.
 * Lambda always puts the function's credentials in the environment, so those providers (and the
 * SSO/STS clients they carry, about 130 KiB in every bundle) never load there; if one ever did,
 * the Node.js runtime's own SDK provides it.
 */
export const UNUSED_IN_LAMBDA = [
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/nested-clients',
] as const;

export const LAMBDA_BUNDLING = {
  minify: true,
  // Strings as written: the words of four languages and the parser's word lists are full of
  // accents, which the default ASCII output escapes (é, two bytes in UTF-8, becomes \xE9).
  charset: 'utf8',
  sourceMap: true,
  sourcesContent: false,
  target: 'node22',
  mainFields: ['module', 'main'],
  externalModules: UNUSED_IN_LAMBDA,
} as const;

/** The size every deployed function stays within (a bigger bundle is a slower cold start). */
export const BUNDLE_BUDGET_KIB = 500;
