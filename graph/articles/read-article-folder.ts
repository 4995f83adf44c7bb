// Reads a folder of articles (*.txt plain text, *.md Markdown, in sub-folders too; not its README) as
// paragraphs of sentences, in file-name order. Strict UTF-8 and a size cap per file; a folder without articles is refused.
import { readdir, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { InvalidInputError } from "../errors.js";
import { MAX_SOURCE_PARAGRAPHS, type SourceText } from "../model/source-text.js";
import { readTextFile } from "../importers/shared/read-text-file.js";
import { shortHash } from "../importers/shared/stable-ids.js";
import { splitParagraphs, type ArticleFormat } from "./split-paragraphs.js";
import { splitSentences } from "./split-sentences.js";

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const MAX_ARTICLES = 10_000;

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = { txt: "text", md: "markdown", markdown: "markdown" };

export interface ArticleFile {
  /** The file name, as a Source's properties.file names it. */
  file: string;
  path: string;
  format: ArticleFormat;
  /** SHA-256 of the file name and text: the identity of a new Source. */
  digest: string;
  text: SourceText;
}

export function articleFormatOf(file: string): ArticleFormat | undefined {
  return FORMAT_BY_EXTENSION[file.toLowerCase().split(".").pop() ?? ""];
}

/** A folder's README and hidden files describe it or belong to tools; they are not articles. */
function isArticleName(name: string): boolean {
  return articleFormatOf(name) !== undefined && !name.startsWith(".") && !/^readme\./i.test(name);
}

/** Splits one article's text the way evidence cites it. */
export function articleTextOf(text: string, format: ArticleFormat): SourceText {
  return { paragraphs: splitParagraphs(text, format).map(splitSentences) };
}

export async function readArticleFolder(dir: string): Promise<ArticleFile[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new InvalidInputError(`${dir} does not exist or is not a folder of articles`, { parameter: "folder", dir });
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && isArticleName(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => (relative(dir, a) < relative(dir, b) ? -1 : 1));
  if (files.length === 0) {
    throw new InvalidInputError(`${dir} holds no articles: expected .txt or .md files`, { parameter: "folder", dir });
  }
  if (files.length > MAX_ARTICLES) {
    throw new InvalidInputError(`${dir} holds ${files.length} articles, more than the ${MAX_ARTICLES} read at once`, {
      parameter: "folder",
      dir,
    });
  }
  const articles: ArticleFile[] = [];
  const pathByName = new Map<string, string>();
  for (const path of files) {
    const file = basename(path);
    const twin = pathByName.get(file);
    if (twin !== undefined) {
      throw new InvalidInputError(`${path} and ${twin} share a file name; a Source names its article by file name`, {
        file: path,
      });
    }
    pathByName.set(file, path);
    const format = articleFormatOf(path)!;
    const raw = await readTextFile(path, MAX_ARTICLE_BYTES);
    const text = articleTextOf(raw, format);
    if (text.paragraphs.length > MAX_SOURCE_PARAGRAPHS) {
      throw new InvalidInputError(`${path}: more than ${MAX_SOURCE_PARAGRAPHS} paragraphs`, { file: path });
    }
    articles.push({ file, path, format, digest: shortHash([file, raw], 64), text });
  }
  return articles;
}
