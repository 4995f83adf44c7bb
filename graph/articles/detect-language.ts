// Tells German from English by counting each language's most frequent short words: enough for news
// articles, and any text that is neither ends up as English, the import default.

const GERMAN = new Set(
  "der die das und ist nicht mit von zu den sich des auf für im dem ein eine einer einem einen als auch es an werden aus er hat dass sie nach wird bei um am sind noch wie über so zum zur war haben nur oder aber vor bis mehr durch man wurde sein kann soll".split(
    " ",
  ),
);
const ENGLISH = new Set(
  "the and of to in is that for it with as was on are by this be at from have has an not but which or they their will would been were its who said after about more than".split(
    " ",
  ),
);

export type ArticleLanguage = "de" | "en";

export function detectLanguage(text: string): ArticleLanguage {
  let german = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) german++;
    if (ENGLISH.has(word)) english++;
  }
  return german > english ? "de" : "en";
}
