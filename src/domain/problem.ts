/** One thing wrong with an input: where it is and why. Readers return every problem at once. */
export interface Problem {
  file?: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line !== undefined ? String(p.line) : undefined].filter(Boolean).join(':');
  const field = p.field ? `${p.field}: ` : '';
  return `${where ? `${where}: ` : ''}${field}${p.message}`;
}

/** A failure that carries every problem found; thrown by commands that must write nothing partial. */
export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProblemsError';
  }
}
