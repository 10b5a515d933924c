import type { z } from 'zod';
import { countryName } from '../domain/countries.ts';
import { type CountryProfile, countryProfileSchema } from '../domain/country-profile.ts';
import { type DocumentMeta, documentMetaSchema } from '../domain/document.ts';
import { type Facility, facilitySchema } from '../domain/facility.ts';
import { type Lang, pickText } from '../domain/lang.ts';
import { type Policy, policySchema } from '../domain/policy.ts';
import type { Provenance } from '../domain/common.ts';
import { latestRevisionVersion, type WriteMeta } from './revisions.ts';
import type { Store } from './store.ts';

/** A kind of record that can be edited through drafts and review. */
export interface EditableKind<T> {
  type: 'policy' | 'facility' | 'country' | 'document';
  /** The schema an edited value must pass (its JSON Schema also drives the generic form). */
  schema: z.ZodType<T>;
  idOf(value: T): string;
  load(store: Store, id: string): Promise<T | undefined>;
  /** Writes the value (a revision is recorded by the repository). */
  save(store: Store, value: T, meta: WriteMeta): Promise<void>;
  /** The value as published after review: verified, with who wrote and who reviewed it. */
  published(value: T, provenance: Provenance): T;
  title(value: T, lang: Lang): string;
}

const verified = <T extends { reviewStatus?: string; provenance?: Provenance }>(
  value: T,
  provenance: Provenance,
): T => ({
  ...value,
  reviewStatus: 'verified',
  provenance,
});

export const policyKind: EditableKind<Policy> = {
  type: 'policy',
  schema: policySchema as unknown as z.ZodType<Policy>,
  idOf: (p) => p.id,
  load: async (store, id) => (await store.policies.get(id))?.policy,
  save: async (store, p, meta) => void (await store.policies.save(p, meta)),
  published: verified,
  title: (p, lang) => pickText(p.title, lang)?.value ?? p.id,
};

export const facilityKind: EditableKind<Facility> = {
  type: 'facility',
  schema: facilitySchema as unknown as z.ZodType<Facility>,
  idOf: (f) => f.id,
  load: async (store, id) => (await store.facilities.get(id))?.facility,
  save: async (store, f, meta) => void (await store.facilities.save(f, meta)),
  published: verified,
  title: (f, lang) => pickText(f.name, lang)?.value ?? f.id,
};

export const countryKind: EditableKind<CountryProfile> = {
  type: 'country',
  schema: countryProfileSchema as unknown as z.ZodType<CountryProfile>,
  idOf: (c) => c.code,
  load: (store, code) => store.countries.get(code),
  save: async (store, c, meta) => void (await store.countries.save(c, meta)),
  published: verified,
  title: (c, lang) => countryName(c.code, lang),
};

/** Document metadata only: the text and its passages come from the source file. */
export const documentKind: EditableKind<DocumentMeta> = {
  type: 'document',
  schema: documentMetaSchema as unknown as z.ZodType<DocumentMeta>,
  idOf: (d) => d.id,
  load: async (store, id) => (await store.documents.get(id))?.document.meta,
  save: async (store, meta, write) => {
    const stored = await store.documents.get(meta.id);
    if (!stored) throw new Error(`no document ${meta.id}`);
    await store.documents.save({ ...stored.document, meta }, write);
  },
  published: (meta) => meta,
  title: (d) => d.title,
};

export const EDITABLE_KINDS = {
  policy: policyKind,
  facility: facilityKind,
  country: countryKind,
  document: documentKind,
} as const;
export type EditableType = keyof typeof EDITABLE_KINDS;

export function editableKind(type: string): EditableKind<unknown> | undefined {
  return (EDITABLE_KINDS as Record<string, EditableKind<unknown>>)[type];
}

/** The current version of a record: its latest revision's number (0 when it never existed). */
export function currentVersion(store: Store, type: string, id: string): Promise<number> {
  return latestRevisionVersion(store.db, type, id);
}
