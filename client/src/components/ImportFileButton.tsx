// "Import file…": picks a graph or FtM file, or a CSV with its mapping, and hands the files on.
import { useRef } from "react";

const ACCEPTED = ".csv,.gexf,.graphml,.json,.ijson,.jsonl,.yaml,.yml";

export function ImportFileButton(props: { onFiles(files: File[]): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Import a GEXF, GraphML, graphology JSON or FtM file, or a CSV with its mapping (choose both)"
        data-testid="import-open"
      >
        Import file…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED}
        hidden
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
