// A text box that suggests entities as the analyst types (each with what tells it apart: SearchHitOption)
// and hands the chosen one back. Arrow keys move, Enter picks, Escape closes.
import { useId, useState, type KeyboardEvent, type Ref } from "react";
import type { SearchHit } from "../api/types.js";
import { SearchHitOption } from "./SearchHitOption.js";
import { useSuggestions } from "./use-suggestions.js";

interface Props {
  placeholder: string;
  label: string;
  onPick(hit: SearchHit): void;
  inputRef?: Ref<HTMLInputElement>;
  /** Shown in the box when nothing is being typed (e.g. the chosen endpoint's name). */
  value?: string;
  testId?: string;
  clearOnPick?: boolean;
}

export function EntityPicker({ placeholder, label, onPick, inputRef, value, testId, clearOnPick = false }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [cursor, setCursor] = useState(0);
  const listId = useId();
  const { hits, loading, error } = useSuggestions(text ?? "");
  const shown = open && (text ?? "").trim().length > 0;

  const pick = (hit: SearchHit) => {
    onPick(hit);
    setText(clearOnPick ? "" : null);
    setOpen(false);
    setCursor(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      setCursor((c) => Math.min(c + 1, hits.length - 1));
      event.preventDefault();
    } else if (event.key === "ArrowUp") {
      setCursor((c) => Math.max(c - 1, 0));
      event.preventDefault();
    } else if (event.key === "Enter") {
      const hit = hits[cursor];
      if (hit) pick(hit);
      event.preventDefault();
    } else if (event.key === "Escape") {
      setOpen(false);
      (event.target as HTMLInputElement).blur();
    }
  };

  return (
    <div className="picker">
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        aria-expanded={shown}
        aria-controls={listId}
        role="combobox"
        data-testid={testId}
        placeholder={placeholder}
        value={text ?? value ?? ""}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setCursor(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <ul className="picker-list" id={listId} role="listbox">
          {loading && hits.length === 0 && <li className="picker-empty">Searching…</li>}
          {!loading && error && <li className="picker-empty picker-error">{error}</li>}
          {!loading && !error && hits.length === 0 && <li className="picker-empty">No entity matches “{text}”.</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              role="option"
              aria-selected={index === cursor}
              className={index === cursor ? "picker-option active" : "picker-option"}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setCursor(index)}
            >
              <SearchHitOption hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
