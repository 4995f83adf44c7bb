// Finds where a text names known entities, by name or alias, on word boundaries and with the German
// inflections a name takes in running text: genitive "Amazons", "des Kongresses", "Amazon's", weak nouns
// "des Präsidenten", adjectives inside a name "im Mittleren Osten", hyphen compounds "Amazon-Chef".
// Short names and acronyms ("VW", "US", "DoD") match only as written, so "us" is never the United States.

export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Mention {
  entityId: string;
  /** UTF-16 offsets of the words that name it, end exclusive. */
  start: number;
  end: number;
}

export interface MentionMatcher {
  /** Mentions in text order; where names overlap the longest wins ("Amazon Web Services" is not "Amazon"). */
  find(text: string): Mention[];
}

/** A name counts before an alias, an alias before a form derived from the name (without its "(brand)"). */
const LEVEL = { derived: 1, alias: 2, name: 3 } as const;
type Level = (typeof LEVEL)[keyof typeof LEVEL];

interface Pattern {
  entityId: string;
  level: Level;
  tokens: PatternToken[];
}

interface PatternToken {
  text: string;
  lower: string;
  /** Acronyms, short and camel-case words match only as written. */
  exact: boolean;
  /** For words inside a name: the stem without an adjective ending ("mittler" of "Mittlerer"). */
  stem: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*/gu;
/** What may stand between the words of one name: spaces, hyphens, quotes ("„Jedi“-Projekt"). */
const NAME_GAP = /^[\s\-‐‑–"„“”'‘’»«‚]+$/u;
const ADJECTIVE_ENDING = /(?:em|en|er|es|e)$/;
const ADJECTIVE_ENDINGS = ["", "e", "em", "en", "er", "es"];
const KEY_LENGTH = 3;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function patternToken(text: string): PatternToken {
  const lower = text.toLowerCase();
  const exact = text.length <= 3 || /\p{Lu}/u.test(text.slice(1)) || !/\p{L}/u.test(text[0] ?? "");
  const ending = ADJECTIVE_ENDING.exec(lower)?.[0] ?? "";
  const stem = lower.length - ending.length >= 3 ? lower.slice(0, lower.length - ending.length) : lower;
  return { text, lower, exact, stem };
}

function patternOf(entityId: string, form: string, level: Level): Pattern | null {
  const tokens = tokenize(form).map((t) => patternToken(t.text));
  const letters = tokens.reduce((sum, t) => sum + t.text.length, 0);
  if (tokens.length === 0 || letters < 2) return null;
  return { entityId, level, tokens };
}

/** "Volkswagen (brand)" is also written "Volkswagen"; "X (JEDI)" also "X". */
function formsOf(entity: NamedEntity): [string, Level][] {
  const forms: [string, Level][] = [
    [entity.name, LEVEL.name],
    ...entity.aliases.map((a): [string, Level] => [a, LEVEL.alias]),
  ];
  for (const [form] of [...forms]) {
    const outer = form.replace(/\s*\([^)]*\)\s*$/, "").trim();
    if (outer !== form && outer !== "") forms.push([outer, LEVEL.derived]);
  }
  return forms;
}

const keyOf = (word: string) => word.toLowerCase().slice(0, KEY_LENGTH);

export function createMentionMatcher(entities: readonly NamedEntity[]): MentionMatcher {
  const byKey = new Map<string, Pattern[]>();
  for (const entity of entities) {
    for (const [form, level] of formsOf(entity)) {
      const pattern = patternOf(entity.id, form, level);
      if (!pattern) continue;
      const key = keyOf(pattern.tokens[0]!.text);
      const list = byKey.get(key);
      if (list) list.push(pattern);
      else byKey.set(key, [pattern]);
    }
  }
  return {
    find(text) {
      const tokens = tokenize(text);
      const found: Candidate[] = [];
      tokens.forEach((token, i) => {
        for (const pattern of byKey.get(keyOf(token.text)) ?? []) {
          if (matchesAt(pattern, tokens, i, text))
            found.push({ pattern, first: i, last: i + pattern.tokens.length - 1 });
        }
      });
      return chooseMentions(found, tokens);
    },
  };
}

interface Candidate {
  pattern: Pattern;
  first: number;
  last: number;
}

function matchesAt(pattern: Pattern, tokens: readonly Token[], at: number, text: string): boolean {
  const count = pattern.tokens.length;
  if (at + count > tokens.length) return false;
  for (let k = 0; k < count; k++) {
    const token = tokens[at + k]!;
    if (k > 0 && !NAME_GAP.test(text.slice(tokens[at + k - 1]!.end, token.start))) return false;
    if (!wordMatches(pattern.tokens[k]!, token.text, k === count - 1)) return false;
  }
  return true;
}

/** Whether a word of the text is this word of a name, inflected as a German or English text may. */
export function wordMatches(p: PatternToken, word: string, last: boolean): boolean {
  const w = last ? word.replace(/['’]s$/, "") : word;
  if (p.exact) return w === p.text || (last && w === `${p.text}s` && /\p{Ll}/u.test(p.text));
  if (/\p{Lu}/u.test(p.text[0]!) && !/\p{Lu}/u.test(w[0]!)) return false;
  const lower = w.toLowerCase();
  if (lower === p.lower) return true;
  if (!last) return ADJECTIVE_ENDINGS.some((ending) => lower === p.stem + ending);
  if (!lower.startsWith(p.lower)) return false;
  return nounEndingsOf(p.lower).includes(lower.slice(p.lower.length));
}

/** Genitive and plural -s, -es after a hissing sound, -n after -e, -en for weak nouns ("Präsidenten"). */
function nounEndingsOf(lower: string): string[] {
  const endings = ["s"];
  if (/(?:s|ß|x|z|sch)$/.test(lower)) endings.push("es");
  if (/e$/.test(lower)) endings.push("n");
  if (/(?:ent|ant|ist|at)$/.test(lower)) endings.push("en");
  return endings;
}

/** Longest spans first; a span overlapping a longer one is dropped; at one span the best level wins. */
function chooseMentions(found: readonly Candidate[], tokens: readonly Token[]): Mention[] {
  const spans = new Map<string, Candidate[]>();
  for (const candidate of found) {
    const key = `${candidate.first}:${candidate.last}`;
    const list = spans.get(key);
    if (list) list.push(candidate);
    else spans.set(key, [candidate]);
  }
  const ordered = [...spans.values()].sort((a, b) => {
    const [x, y] = [a[0]!, b[0]!];
    const chars = (c: Candidate) => tokens[c.last]!.end - tokens[c.first]!.start;
    return y.last - y.first - (x.last - x.first) || chars(y) - chars(x) || x.first - y.first;
  });
  const taken = new Set<number>();
  const mentions: Mention[] = [];
  for (const group of ordered) {
    const { first, last } = group[0]!;
    let free = true;
    for (let i = first; i <= last; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = first; i <= last; i++) taken.add(i);
    const best = Math.max(...group.map((c) => c.pattern.level));
    const ids = new Set(group.filter((c) => c.pattern.level === best).map((c) => c.pattern.entityId));
    for (const entityId of ids) mentions.push({ entityId, start: tokens[first]!.start, end: tokens[last]!.end });
  }
  return mentions.sort((a, b) => a.start - b.start || (a.entityId < b.entityId ? -1 : 1));
}
