import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { buildTestApp, type TestApp } from './helpers';

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

function acknowledgementsIn(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^[a-z]+::/i, ''),
          reason,
        })),
      ),
  );
}

/** Findings as cdk-nag reports them, and as it would report them with no acknowledgement at all. */
function findings(app: TestApp, ignoreAcknowledgements = false) {
  const pack = new AwsSolutionsChecks();
  // Test-only: switch off the acknowledgement lookup to see what each acknowledgement hides.
  if (ignoreAcknowledgements) Object.assign(pack, { isAcknowledged: () => false });
  return pack.validateScope(app.app).violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({
      rule: violation.ruleName,
      severity: violation.severity,
      path: resource.constructPath ?? '',
    })),
  );
}

describe.each([
  ['the default configuration', {}],
  [
    'every optional switch on',
    { 'gratitude:activateReceiptRuleSet': 'true', 'gratitude:alarmEmail': 'ops@gratitude.example' },
  ],
])('cdk-nag AwsSolutions with %s', (_name, context) => {
  let built: TestApp;
  beforeAll(() => {
    built = buildTestApp(context);
  });

  it('reports no unacknowledged finding, error or warning', () => {
    expect(findings(built)).toEqual([]);
  });

  it('acknowledges each finding with a specific reason', () => {
    const acknowledgements = acknowledgementsIn(built.app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason } of acknowledgements) {
      expect({ path, id, reason: reason.length >= 60 }).toEqual({ path, id, reason: true });
      expect(reason).not.toMatch(/\b(todo|tbd|n\/a|not needed|ignore|suppress(ed)?)\b/i);
    }
  });

  it('acknowledges nothing that cdk-nag would not report', () => {
    const raw = findings(built, true);
    for (const { path, id } of acknowledgementsIn(built.app)) {
      const hidden = raw.filter(
        (finding) => finding.rule === id && (finding.path === path || finding.path.startsWith(`${path}/`)),
      );
      expect({ path, id, hidden: hidden.length > 0 }).toEqual({ path, id, hidden: true });
    }
  });
});
