import { z } from 'zod';
import { defineEnum } from './enum.ts';

/** What a person may do: read (anyone), propose changes, review others' changes, administer. */
export const userRole = defineEnum('role', {
  reader: { en: 'Reader', zh: '读者', ja: '閲覧者' },
  contributor: { en: 'Contributor', zh: '贡献者', ja: '寄稿者', aliases: ['editor', 'author'] },
  reviewer: { en: 'Reviewer', zh: '审核人', ja: 'レビュー担当' },
  admin: { en: 'Administrator', zh: '管理员', ja: '管理者', aliases: ['administrator'] },
});
export type UserRole = (typeof userRole.values)[number];

const RANK: Record<UserRole, number> = { reader: 0, contributor: 1, reviewer: 2, admin: 3 };

/** True when `role` includes the rights of `required` (an admin can do what a reviewer can…). */
export const roleAtLeast = (role: UserRole, required: UserRole) => RANK[role] >= RANK[required];

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .email({ error: 'must be an e-mail address' });

/** Passwords: long enough to resist guessing; no composition rules (they do not help). */
export const passwordSchema = z
  .string()
  .min(12, { error: 'must be at least 12 characters' })
  .max(1024, { error: 'must be at most 1024 characters' });

export const tokenScope = defineEnum('token scope', {
  read: { en: 'Read', zh: '只读', ja: '読み取り' },
  write: { en: 'Read and propose changes', zh: '读取并提交修改', ja: '読み取りと変更の提案' },
});
export type TokenScope = (typeof tokenScope.values)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  createdAt: string;
}
