// Names folded for matching duplicates: case, accents, punctuation and whitespace folded, honorifics and
// titles dropped from the front, legal forms dropped from the end. Deterministic; keeps what it dropped
// (as written) so a proposal can say why two names match.
import { foldText } from "../model/search-text.js";

/** Titles and honorifics, folded, as they may open a person's name ("Herr Dr. Müller"). */
const TITLES: ReadonlySet<string> = new Set(
  "herr frau hr fr dr prof professor dipl ing med mr mrs ms miss mx sir dame lady hon rev senator mme mlle".split(" "),
);

/** Legal forms, folded, as they may close an organisation's name ("Siemens AG", "Carrefour S. A."). */
const LEGAL_FORMS: readonly string[][] = [
  "gmbh mbh ag kgaa kg ohg ug gbr ev eg se co cie inc incorporated corp corporation company ltd limited llc llp",
  "lp plc pty sa sas sarl spa srl bv nv ab asa oy oyj kk pte pvt",
]
  .join(" ")
  .split(" ")
  .map((form) => [form])
  .concat(["e v", "s a", "s p a", "b v", "n v"].map((form) => form.split(" ")));

/** Connectors that may stand between legal forms ("GmbH & Co. KG") or open a name ("The Guardian"). */
const CONNECTORS: ReadonlySet<string> = new Set(["&", "and", "und", "the", "der", "die", "das"]);

export interface NormalizedName {
  /** The words left, folded, joined by single spaces: the key two names match on. */
  key: string;
  tokens: string[];
  /** Titles and legal forms dropped, as written in the name. */
  droppedTitles: string[];
  droppedLegalForms: string[];
}

interface Token {
  raw: string;
  folded: string;
}

function tokensOf(name: string): Token[] {
  return name
    .split(/[\s,;:/\\()[\]{}"“”„«»|+\-–—_]+/u)
    .map((raw) => ({ raw, folded: raw === "&" ? "&" : foldText(raw).replace(/\s+/g, "") }))
    .filter((token) => token.folded.length > 0);
}

function trailingFormLength(tokens: readonly Token[]): number {
  for (const form of LEGAL_FORMS) {
    if (form.length > tokens.length) continue;
    const tail = tokens.slice(tokens.length - form.length);
    if (tail.every((token, i) => token.folded === form[i])) return form.length;
  }
  return 0;
}

/** Never drops every word: "AG" alone, or "Dr. Ing.", stays as it is. */
export function normalizeName(name: string): NormalizedName {
  const all = tokensOf(name);
  let tokens = [...all];
  const droppedTitles: string[] = [];
  const droppedLegalForms: string[] = [];

  while (tokens.length > 1 && (TITLES.has(tokens[0]!.folded) || CONNECTORS.has(tokens[0]!.folded))) {
    const [first] = tokens.splice(0, 1);
    if (TITLES.has(first!.folded)) droppedTitles.push(first!.raw);
  }
  for (;;) {
    const formLength = trailingFormLength(tokens);
    const last = tokens[tokens.length - 1];
    if (formLength > 0 && formLength < tokens.length) {
      droppedLegalForms.unshift(
        tokens
          .splice(tokens.length - formLength)
          .map((token) => token.raw)
          .join(" "),
      );
    } else if (last && tokens.length > 1 && CONNECTORS.has(last.folded)) {
      tokens.pop();
    } else {
      break;
    }
  }
  tokens = tokens.filter((token) => token.folded !== "&");
  if (tokens.length === 0) tokens = all.filter((token) => token.folded !== "&");
  const words = tokens.map((token) => token.folded);
  return { key: words.join(" "), tokens: words, droppedTitles, droppedLegalForms };
}
