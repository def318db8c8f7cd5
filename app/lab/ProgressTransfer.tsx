/**
 * Export and import of a lab's progress as a JSON file — the way to move work between browsers,
 * out of an embed (storage there is partitioned), or to hand it in. An import is validated first;
 * a bad file changes nothing, a good one replaces the record after backing up the current one.
 */
import { useRef, useState } from 'react';
import type { LabProgress } from './progress';
import { exportProgress, importProgress } from './progress-storage';

export function ProgressTransfer({ progress, version, onImported }: { progress: LabProgress; version: string; onImported(p: LabProgress): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const download = () => {
    const blob = new Blob([exportProgress(progress)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${progress.labId}-progress.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = importProgress(await file.text(), progress.labId, version);
    if (result.ok) {
      onImported(result.progress);
      setMessage({ ok: true, text: `Imported progress saved ${result.progress.updatedAt}.` });
    } else {
      setMessage({ ok: false, text: `Not imported: ${result.error}. Your current progress is unchanged.` });
    }
    if (input.current) input.current.value = '';
  };

  return (
    <div className="lab-transfer">
      <div className="row">
        <button type="button" className="button" onClick={download}>
          Export progress
        </button>
        <label className="button">
          Import progress…
          <input ref={input} type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
      </div>
      {message && (
        <p className={`alert ${message.ok ? 'alert-ok' : 'alert-error'}`} role="status">
          {message.text}
        </p>
      )}
    </div>
  );
}
