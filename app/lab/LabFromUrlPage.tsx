/**
 * Route #/lab?src=<URL>: a lab hosted on another site (a course repository, a gist), fetched with
 * CORS and without credentials, then validated and rendered sanitized like any bundled lab.
 * Lab text is data: it is parsed as JSON, never evaluated.
 */
import { useEffect, useState } from 'react';
import { fetchLabText, parseLabText } from '../author/lab-source';
import { LabFromJson } from './LabFromJson';

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; raw: unknown; url: string };

export default function LabFromUrlPage({ src }: { src: string }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void fetchLabText(src, window.location.href).then((fetched) => {
      if (!live) return;
      if (!fetched.ok) return setState({ status: 'failed', message: fetched.message });
      const parsed = parseLabText(fetched.text);
      if (!parsed.ok) return setState({ status: 'failed', message: `${fetched.url}:${parsed.line}:${parsed.column}: ${parsed.message}` });
      setState({ status: 'ready', raw: parsed.value, url: fetched.url });
    });
    return () => {
      live = false;
    };
  }, [src]);

  if (state.status === 'loading') return <p className="muted" role="status">Fetching the lab from {src}…</p>;
  if (state.status === 'failed') {
    return (
      <section>
        <h1>The lab could not be opened</h1>
        <p role="alert">{state.message}</p>
        <p>
          <a href="#/">Back to the course</a>
        </p>
      </section>
    );
  }
  return <LabFromJson raw={state.raw} title={src} source={state.url} />;
}
