// The columns of the Kuzu tables, as the schema check expects them and the bulk CSV files write them.
export const ENTITY_COLUMNS = ["id", "kind", "name", "aliases", "searchText", "properties"];

export const RELATION_COLUMNS = [
  "id",
  "source",
  "target",
  "type",
  "stance",
  "status",
  "dateStart",
  "dateEnd",
  "amountValue",
  "amountCurrency",
  "amountQualifier",
  "note",
  "evidence",
  "sources",
  "directed",
  "attributes",
];
