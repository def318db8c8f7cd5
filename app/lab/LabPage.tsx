/** Route #/lab/<id>: the bundled lab with that id, validated and run by LabFromJson. */
import { LabFromJson } from './LabFromJson';
import { findLab } from './lab-catalog';

export default function LabPage({ labId }: { labId: string }) {
  const entry = findLab(labId);
  if (!entry) {
    return (
      <section>
        <h1>Lab not found</h1>
        <p>
          There is no lab with id <code>{labId}</code>. <a href="#/">Back to the course</a>.
        </p>
      </section>
    );
  }
  return <LabFromJson raw={entry.raw} title={entry.summary.title} source={entry.summary.source} />;
}
