import { raw } from 'hono/html';
import { type Lang, type LocalizedText, pickText } from '../../domain/lang.ts';
import type { Translate } from '../i18n/index.ts';
import { renderMarkdown } from '../markdown.ts';
import { languageName } from './layout.tsx';

interface LocalTextProps {
  text: LocalizedText | undefined;
  lang: Lang;
  t: Translate;
  /** Render as Markdown (block) instead of plain inline text. */
  markdown?: boolean;
  /** Skip the per-field fallback note (the page already says the whole record is in another language). */
  quiet?: boolean;
}

/**
 * Text in the reader's language; when only another language exists it is shown in that language,
 * marked with its `lang` and a visible note, never silently.
 */
export function LocalText({ text, lang, t, markdown, quiet }: LocalTextProps) {
  const picked = pickText(text, lang);
  if (!picked) return null;
  const note = picked.fallback && !quiet ? (
    <span class="fallback"> ({t('fallback.note', { lang: languageName(picked.lang, lang), want: languageName(lang, lang) })})</span>
  ) : null;
  if (markdown) {
    return (
      <div class="prose" lang={picked.lang}>
        {note && <p>{note}</p>}
        {raw(renderMarkdown(picked.value))}
      </div>
    );
  }
  return (
    <span lang={picked.lang}>
      {picked.value}
      {note}
    </span>
  );
}
