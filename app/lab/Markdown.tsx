/**
 * Lab markdown, rendered safely: react-markdown never renders raw HTML, rehype-sanitize (GitHub's
 * schema) strips anything unsafe markdown can still produce (javascript: links, …), and math
 * ($…$, $$…$$) goes through KaTeX after sanitizing. KaTeX's CSS loads only when a text has math.
 * Pipe tables are handled by markdown-tables.ts (remark-gfm is not installed).
 */
import { memo, useEffect, useMemo, type ReactNode } from 'react';
import ReactMarkdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import rehypeSanitize from 'rehype-sanitize';
import remarkMath from 'remark-math';
import { splitTables, type MdSegment } from './markdown-tables';

let katexCss: Promise<unknown> | null = null;

function useKatexCss(text: string): void {
  const hasMath = text.includes('$');
  useEffect(() => {
    if (hasMath && !katexCss) katexCss = import('katex/dist/katex.min.css').catch(() => null);
  }, [hasMath]);
}

const remarkPlugins = [remarkMath];
const rehypePlugins = [rehypeSanitize, rehypeKatex];
const inlineComponents = { p: ({ children }: { children?: ReactNode }) => <>{children}</> };

function Md({ text, inline }: { text: string; inline?: boolean }) {
  return (
    <ReactMarkdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={inline ? inlineComponents : undefined}>
      {text}
    </ReactMarkdown>
  );
}

function MarkdownTable({ table }: { table: Extract<MdSegment, { type: 'table' }> }) {
  const style = (i: number) => (table.align[i] ? { textAlign: table.align[i]! } : undefined);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={i} scope="col" style={style(i)}>
                <Md text={h} inline />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.header.map((_h, i) => (
                <td key={i} style={style(i)}>
                  <Md text={row[i] ?? ''} inline />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const Markdown = memo(function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  useKatexCss(text);
  const segments = useMemo(() => splitTables(text), [text]);
  if (inline) return <span className="lab-md lab-md-inline"><Md text={text} inline /></span>;
  return (
    <div className="lab-md">
      {segments.map((s, i) => (s.type === 'md' ? <Md key={i} text={s.text} /> : <MarkdownTable key={i} table={s} />))}
    </div>
  );
});
