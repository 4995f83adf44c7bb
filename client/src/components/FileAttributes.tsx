// What an imported file said about an entity or relation beyond the model's fields, each value with its
// type (a weight, tags, a date), so an analyst sees everything the file held and where it came from.
import type { FileAttributes as Attributes } from "../../../graph/model/file-attributes.js";
import { fileAttributeText } from "./format.js";

export function FileAttributes({ attributes }: { attributes: Attributes | undefined }) {
  const entries = Object.entries(attributes ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return null;
  return (
    <section data-testid="file-attributes">
      <h3>From the imported file ({entries.length})</h3>
      <dl className="properties">
        {entries.map(([name, attribute]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>
              {fileAttributeText(attribute)} <span className="muted">({attribute.type})</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
