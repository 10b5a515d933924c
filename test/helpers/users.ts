import type { Store } from '../../src/store/store.ts';

/** The people the review tests act as, with their passwords. */
export const PEOPLE = {
  carla: { email: 'carla@example.org', name: 'Carla', role: 'contributor', password: 'contributor secret 1' },
  rui: { email: 'rui@example.org', name: 'Rui', role: 'reviewer', password: 'reviewer secret 22' },
  ada: { email: 'ada@example.org', name: 'Ada', role: 'admin', password: 'administrator secret' },
} as const;

/** Creates the named people in a store (a contributor and a reviewer by default). */
export async function addPeople(
  store: Store,
  names: (keyof typeof PEOPLE)[] = ['carla', 'rui'],
): Promise<void> {
  for (const name of names) await store.users.create({ ...PEOPLE[name] });
}
