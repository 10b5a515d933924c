import MarkdownIt from 'markdown-it';

/** Markdown with raw HTML disabled: every tag in the source is shown as text, never rendered. */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen =
  md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet('rel', 'nofollow noopener');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Renders untrusted Markdown to safe HTML (markdown-it escapes text and refuses javascript: links). */
export function renderMarkdown(source: string): string {
  return md.render(source);
}
