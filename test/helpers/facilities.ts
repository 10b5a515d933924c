import { type Facility, type FacilityInput, facilitySchema } from '../../src/domain/facility.ts';

/** A valid facility with sensible defaults; override any field. */
export function buildFacility(overrides: Partial<FacilityInput> = {}): Facility {
  return facilitySchema.parse({
    id: 'test-facility',
    name: { en: 'Test capture plant' },
    countries: ['NO'],
    region: 'europe',
    type: 'capture',
    status: 'planned',
    ...overrides,
  });
}
