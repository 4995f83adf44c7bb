// The paragraph an evidence item cites, from the ingested article, with the cited sentence marked.
// Nothing when the article was never ingested or lacks the paragraph.
import type { SourceText } from "../../../graph/model/index.js";

interface Props {
  text: SourceText | null | undefined;
  paragraph: number;
  sentence: number | undefined;
}

export function EvidenceText({ text, paragraph, sentence }: Props) {
  const sentences = text?.paragraphs[paragraph - 1];
  if (!sentences) return null;
  return (
    <blockquote className="evidence-text" data-testid="evidence-text">
      {sentences.map((s, i) => (
        <span key={i}>
          {i > 0 ? " " : ""}
          {i + 1 === sentence ? <mark data-testid="evidence-sentence">{s}</mark> : s}
        </span>
      ))}
    </blockquote>
  );
}
