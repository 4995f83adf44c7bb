// fast-check arbitraries for POST /api/imports: multipart forms with hostile names, parts and contents.
// The fuzz suite checks that the store is unchanged afterwards, so a form that could be a valid import is
// only ever sent as a dry run; every other form carries a defect by construction (an edge to a node the
// file lacks, an FtM schema we skip or do not know, a mapping no CSV can satisfy, or plain junk).
import fc from "fast-check";
import type { FuzzRequest } from "./api-fuzzer.js";
import { anyJson, hostileText } from "./hostile-input.js";

const BOUNDARY = "fuzz-boundary-3b9d";
/** No generated node key is this, so an edge to it always dangles. */
const MISSING = "fuzz:no-such-node-7f3a";

interface FormPart {
  name: string;
  /** Absent: a text field rather than a file. */
  filename?: string;
  content: string;
}

function multipart(parts: readonly FormPart[]): string {
  const chunks = parts.map((part) => {
    const filename = part.filename === undefined ? "" : `; filename="${part.filename}"`;
    return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n\r\n${part.content}\r\n`;
  });
  return `${chunks.join("")}--${BOUNDARY}--\r\n`;
}

const key = fc.oneof(hostileText, fc.integer());
const attributes = fc.dictionary(hostileText, anyJson, { maxKeys: 3 });
const xmlText = hostileText.map((text) => text.replace(/[<&"]/g, ""));

const graphologyNodes = fc.array(fc.record({ key, attributes }, { requiredKeys: ["key"] }), { maxLength: 5 });
/** A serialised graph whose last edge points at a node it does not have. */
const danglingGraphology = graphologyNodes.map((nodes) =>
  JSON.stringify({ nodes, edges: [{ source: MISSING, target: MISSING }] }),
);
const danglingGexf = fc.array(xmlText, { maxLength: 5 }).map((labels) => {
  const nodes = labels.map((label, i) => `<node id="n${i}" label="${label}"/>`).join("");
  const edge = `<edge id="e0" source="${MISSING}" target="${MISSING}"/>`;
  return `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>${nodes}</nodes><edges>${edge}</edges></graph></gexf>`;
});
const danglingGraphml = fc.array(xmlText, { maxLength: 5 }).map((ids) => {
  const nodes = ids.map((id, i) => `<node id="n${i}-${id}"/>`).join("");
  return `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${nodes}<edge source="${MISSING}" target="${MISSING}"/></graph></graphml>`;
});
/** FtM lines of schemata we skip (Vessel) or do not know: never anything to import. */
const unusableFtm = fc
  .array(
    fc.record({
      id: hostileText,
      schema: fc.oneof(fc.constantFrom("Vessel", "Sanction"), hostileText),
      properties: fc.oneof(anyJson, fc.dictionary(hostileText, fc.array(hostileText, { maxLength: 2 }))),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((records) => records.map((record) => JSON.stringify(record)).join("\n"));
const junk = fc.oneof(
  hostileText,
  anyJson.map((value) => JSON.stringify(value) ?? ""),
  fc.constantFrom("", "\n", "<", "<?xml version='1.0'?>", "{", "a,b\n1,2\n"),
);

const FILE_NAMES = ["data.csv", "data.gexf", "data.graphml", "data.json", "data.ijson", "data.ftm.json", "x.xlsx"];
const fileName = fc.oneof(
  { arbitrary: fc.constantFrom(...FILE_NAMES), weight: 4 },
  { arbitrary: hostileText, weight: 1 },
);
const formatParam = fc.option(fc.oneof(fc.constantFrom("csv", "gexf", "graphml", "graphology", "ftm"), hostileText), {
  nil: undefined,
});

/** A CSV and its mapping that may well import: sent only as a dry run. */
const CSV_MAPPING = [
  "entities:",
  "  vendor: { kind: Organization, name: vendor }",
  "  contract: { kind: Contract, id: contract_id, name: contract_id }",
  "relations:",
  "  - { type: WON, from: vendor, to: contract, status: confirmed }",
].join("\n");
const plausibleCsv = fc
  .array(fc.tuple(hostileText, hostileText), { minLength: 1, maxLength: 4 })
  .map((rows) => ["vendor,contract_id", ...rows.map(([a, b]) => `"${a.replace(/"/g, '""')}","${b}"`)].join("\n"));
const plausibleGraphology = fc
  .uniqueArray(fc.record({ key, attributes }), { selector: (node) => String(node.key), minLength: 1, maxLength: 5 })
  .map((nodes) => JSON.stringify({ nodes }));

function query(values: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined) search.append(name, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** Forms that never import anything, with any query. */
const refusedUpload = fc
  .record({
    content: fc.oneof(danglingGraphology, danglingGexf, danglingGraphml, unusableFtm, junk),
    filename: fc.option(fileName, { nil: undefined }),
    format: formatParam,
    dryRun: fc.option(fc.oneof(fc.constantFrom("true", "false", "1", "0"), hostileText), { nil: undefined }),
    mapping: fc.option(fc.oneof(junk, fc.constant("entities: {}\nrelations: []")), { nil: undefined }),
    extra: fc.option(fc.record({ name: fc.oneof(fc.constant("file"), hostileText), content: junk }), {
      nil: undefined,
    }),
  })
  .map(({ content, filename, format, dryRun, mapping, extra }): FuzzRequest => {
    const parts: FormPart[] = [{ name: "file", filename, content }];
    if (mapping !== undefined) parts.push({ name: "mapping", filename: "mapping.yaml", content: mapping });
    if (extra) parts.push({ name: extra.name, filename: "extra.json", content: extra.content });
    return {
      method: "POST",
      path: `/api/imports${query({ format, dryRun })}`,
      contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      body: multipart(parts),
    };
  });

/** Forms that may be valid imports, always as dry runs. */
const dryRunUpload = fc
  .oneof(
    plausibleCsv.map((csv): [FormPart[], string | undefined] => [
      [
        { name: "file", filename: "awards.csv", content: csv },
        { name: "mapping", content: CSV_MAPPING },
      ],
      undefined,
    ]),
    fc
      .tuple(plausibleGraphology, formatParam)
      .map(([graph, format]): [FormPart[], string | undefined] => [
        [{ name: "file", filename: "graph.json", content: graph }],
        format,
      ]),
  )
  .map(([parts, format]): FuzzRequest => ({
    method: "POST",
    path: `/api/imports${query({ format, dryRun: "true" })}`,
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart(parts),
  }));

export const hostileUpload: fc.Arbitrary<FuzzRequest> = fc.oneof(
  { arbitrary: refusedUpload, weight: 4 },
  { arbitrary: dryRunUpload, weight: 2 },
);
