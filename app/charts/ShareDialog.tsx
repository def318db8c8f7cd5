import { useId, useRef, useState } from 'react';
import type { ScenarioJson } from '../../engine/core/model';
import { appBaseUrl, embedHash, encodeScenario, formatTime, galleryHash } from '../framework/permalink';

export interface ShareDialogProps {
  kind: string;
  title: string;
  scenario: ScenarioJson;
  tSec: number;
  /** The time when the dialog opens, if `tSec` may be stale (a host that does not re-render every frame of play). */
  getTSec?: () => number;
}

/** The three ways to share a widget state: permalink, iframe snippet, custom-element snippet. */
export function shareSnippets({ kind, title, scenario, tSec }: ShareDialogProps, base: string) {
  const permalink = base + galleryHash(kind, scenario, tSec);
  const embedUrl = base + embedHash(kind, scenario, tSec);
  const iframe = `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(title)}" width="100%" height="520" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
  const scriptUrl = new URL('embed/v1/strato-elements.js', base).href;
  const t = tSec > 0 ? ` t="${formatTime(tSec)}"` : '';
  const element = `<script type="module" src="${escapeAttr(scriptUrl)}"></script>\n<strato-widget kind="${escapeAttr(kind)}" scenario="${encodeScenario(scenario)}"${t} label="${escapeAttr(title)}"></strato-widget>`;
  return { permalink, iframe, element };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** A "Share" button opening a native modal dialog (focus trap and Esc come from <dialog>). */
export function ShareDialog(props: ShareDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [snippets, setSnippets] = useState<ReturnType<typeof shareSnippets> | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const open = () => {
    setSnippets(shareSnippets({ ...props, tSec: props.getTSec ? props.getTSec() : props.tSec }, appBaseUrl()));
    setCopied(null);
    ref.current?.showModal();
  };
  const copy = async (label: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${label} copied.`);
    } catch {
      setCopied(`Copy blocked by the browser: select the text and copy it by hand.`);
    }
  };
  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog">
        Share
      </button>
      <dialog ref={ref} className="share-dialog" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Share this state</h2>
        <p className="muted">Links carry the whole scenario (with your live commands) and the time, so they restore exactly what you see.</p>
        {snippets &&
          ([
            ['Permalink', snippets.permalink, false],
            ['Embed (iframe)', snippets.iframe, true],
            ['Embed (custom element)', snippets.element, true],
          ] as const).map(([label, text, multiline]) => (
            <div className="field" key={label}>
              <label htmlFor={`${id}-${label}`}>{label}</label>
              {multiline ? (
                <textarea id={`${id}-${label}`} readOnly rows={4} value={text} onFocus={(e) => e.target.select()} />
              ) : (
                <input id={`${id}-${label}`} readOnly value={text} onFocus={(e) => e.target.select()} />
              )}
              <button type="button" onClick={() => void copy(label, text)}>
                Copy {label.toLowerCase()}
              </button>
            </div>
          ))}
        <p aria-live="polite" className="muted">
          {copied}
        </p>
        <form method="dialog">
          <button type="submit" className="primary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
