/**
 * Getting a lab in and out: a template, a local file, a URL (CORS fetch, validated like any lab),
 * format, and download. Replacing the text keeps the previous text one "Restore" away (and in
 * Monaco's undo history), so nothing typed is lost to a misclick.
 */
import { useRef, useState } from 'react';
import { fetchLabText, readFileText } from './lab-source';
import { TEMPLATES, templateText } from './templates';

export interface AuthorToolbarProps {
  text: string;
  replace(text: string, source: string): void;
  canRestore: boolean;
  restore(): void;
}

function download(text: string): void {
  let name = 'lab.json';
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    if (typeof id === 'string' && /^[a-z0-9._-]+$/.test(id)) name = `${id}.json`;
  } catch {
    // An invalid draft downloads as lab.json: it is still the author's text.
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function AuthorToolbar({ text, replace, canRestore, restore }: AuthorToolbarProps) {
  const [template, setTemplate] = useState(TEMPLATES[0]?.id ?? '');
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  const openUrl = async () => {
    setMessage(`Fetching ${url}…`);
    const r = await fetchLabText(url, window.location.href);
    if (r.ok) replace(r.text, r.url);
    setMessage(r.ok ? `Opened ${r.url}.` : r.message);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await readFileText(file);
    if (r.ok) replace(r.text, `file: ${file.name}`);
    setMessage(r.ok ? `Opened ${file.name}.` : r.message);
  };
  const format = () => {
    try {
      replace(`${JSON.stringify(JSON.parse(text), null, 2)}\n`, '');
      setMessage('Formatted.');
    } catch {
      setMessage('Fix the JSON syntax first (see Problems).');
    }
  };

  return (
    <div className="author-toolbar" role="toolbar" aria-label="Lab file">
      <label>
        Template{' '}
        <select value={template} onChange={(e) => setTemplate(e.target.value)}>
          {TEMPLATES.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}
        </select>
      </label>
      <button type="button" className="button" onClick={() => replace(templateText(template) ?? text, `template: ${template}`)}>New from template</button>
      <button type="button" className="button" onClick={() => fileRef.current?.click()}>Open file…</button>
      <input ref={fileRef} type="file" accept=".json,application/json" hidden onChange={(e) => void openFile(e.target.files?.[0])} />
      <form className="author-url" onSubmit={(e) => (e.preventDefault(), void openUrl())}>
        <label>
          Lab URL <input type="url" value={url} placeholder="https://…/lab.json" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={!url}>Open URL</button>
      </form>
      <button type="button" className="button" onClick={format}>Format</button>
      <button type="button" className="button primary" onClick={() => download(text)}>Download</button>
      {canRestore && <button type="button" className="button" onClick={restore}>Restore previous text</button>}
      <p className="muted author-toolbar-message" role="status" aria-live="polite">{message}</p>
    </div>
  );
}
