import { type Policy, type PolicyInput, policySchema } from '../../src/domain/policy.ts';

/** A valid policy with sensible defaults; override any field. */
export function buildPolicy(overrides: Partial<PolicyInput> = {}): Policy {
  return policySchema.parse({
    id: 'test-policy',
    country: 'NO',
    year: 2020,
    status: 'Active',
    category: 'Regulatory',
    legalWeight: 'Primary Legislation',
    title: { en: 'Test storage regulation', ja: 'テスト貯留規則' },
    analysis: {
      statutory: {
        score: 70,
        label: { en: 'Permits required' },
        evidence: { en: 'Storage requires a permit under section 3.' },
        citation: { text: 'Storage Regulations s. 3' },
      },
    },
    ...overrides,
  });
}
