import { describe, expect, it } from "vitest";
import { fileAttributeText, relationSentence } from "./format.js";

const names: Record<string, string> = {
  "person:trump": "Donald Trump",
  "contract:jedi": "JEDI",
  "org:ms": "Microsoft",
};
const nameOf = (id: string) => names[id] ?? id;

describe("relation sentences", () => {
  it("say how sure the source is in the verb itself", () => {
    const ends = { source: "person:trump", target: "contract:jedi" } as const;
    expect(relationSentence({ ...ends, type: "INFLUENCED", status: "alleged" }, nameOf)).toBe(
      "Donald Trump allegedly influenced JEDI",
    );
    expect(relationSentence({ ...ends, type: "INFLUENCED", status: "reported" }, nameOf)).toBe(
      "Donald Trump reportedly influenced JEDI",
    );
    expect(
      relationSentence({ source: "org:ms", target: "contract:jedi", type: "WON", status: "negotiating" }, nameOf),
    ).toBe("Microsoft in talks to win JEDI");
    expect(
      relationSentence({ source: "org:ms", target: "contract:jedi", type: "WON", status: "confirmed" }, nameOf),
    ).toBe("Microsoft won JEDI");
  });
});

describe("a file attribute as the panels write it", () => {
  it("joins lists, says yes or no, and writes dates as dates", () => {
    expect(fileAttributeText({ type: "list", value: ["cloud", 3] })).toBe("cloud, 3");
    expect(fileAttributeText({ type: "boolean", value: false })).toBe("no");
    expect(fileAttributeText({ type: "date", value: "2009-03" })).toMatch(/^[A-Z][a-z]+ 2009$/);
    expect(fileAttributeText({ type: "float", value: 2.5 })).toBe("2.5");
  });

  it("writes the spells an import keeps as dates and spans, open ends in words", () => {
    const spells = ["2015-01-01/2017-06-30", "2020-02-01/..", "../2009-03-10", "2020-05-04T10:30:00", "1998/2004"];
    expect(fileAttributeText({ type: "list", value: spells })).toBe(
      "1 Jan 2015 – 30 Jun 2017, from 1 Feb 2020, until 10 Mar 2009, 4 May 2020 10:30, 1998 – 2004",
    );
    expect(fileAttributeText({ type: "list", value: ["a/b", "shipping"] })).toBe("a/b, shipping");
  });
});
