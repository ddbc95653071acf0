import type { PrismaClient } from "../../lib/db/generated/client";

// Bulk loading through Prisma's raw queries: one INSERT ... SELECT FROM unnest(...) per batch.
// Ids are assigned by the generator, so children can point at parents before either is
// written, and the sequences are moved past them at the end.
//
// Each column travels as ONE text parameter, its values joined by a separator, and is split
// and cast in SQL (string_to_array). Measured against one array parameter per column, this
// halves the client's CPU: neither Prisma nor the pg driver walks and escapes every element.
// It also sidesteps the adapters' differences (PGlite cannot serialise enum arrays; bigint
// and Date are handled differently): both only ever see plain strings.

export type RawDb = Pick<PrismaClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

type ScalarType = "int" | "bigint" | "text" | "bool" | "timestamp" | "json" | `enum:${string}`;
export type ColumnType = ScalarType | `${ScalarType}?`;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

type ScalarValue<T> = T extends "int"
  ? number
  : T extends "bigint"
    ? bigint | number
    : T extends "bool"
      ? boolean
      : T extends "timestamp"
        ? number
        : T extends "json"
          ? JsonValue
          : string;

// Timestamps are epoch milliseconds; nullable columns end in "?".
export type ColumnValue<T> = T extends `${infer S}?` ? ScalarValue<S> | null : ScalarValue<T>;
export type Columns = Record<string, ColumnType>;
export type RowOf<C extends Columns> = { [K in keyof C]: ColumnValue<C[K]> };

// ASCII unit and record separators: control characters never found in the seed's text (and
// escaped by JSON.stringify), so they can split values and mark NULL unambiguously.
const SEPARATOR = "\u001f";
const NULL_MARK = "\u001e";
const FORBIDDEN = /[\u001e\u001f]/;

function encode(type: ScalarType, value: unknown): string {
  if (value === null || value === undefined) return NULL_MARK;
  switch (type) {
    case "int":
    case "timestamp":
      return String(value);
    case "bool":
      return value ? "t" : "f";
    case "bigint":
      return typeof value === "bigint" ? value.toString() : String(Math.round(value as number));
    case "json":
      return JSON.stringify(value);
    default: {
      const text = value as string;
      if (FORBIDDEN.test(text)) throw new Error(`Seed text contains a separator character: ${JSON.stringify(text)}`);
      return text;
    }
  }
}

function sqlArrayType(type: ScalarType): string {
  if (type === "int" || type === "bigint") return `${type}[]`;
  if (type === "bool") return "boolean[]";
  if (type === "timestamp") return "bigint[]";
  if (type === "json") return "jsonb[]";
  if (type === "text") return "text[]";
  return `"${type.slice("enum:".length)}"[]`;
}

// Timestamps arrive as epoch milliseconds and are turned into UTC wall time, as Prisma
// stores DateTime in timestamp(3) columns, whatever the server's TimeZone.
function sqlColumn(type: ScalarType, index: number): string {
  return type === "timestamp" ? `'epoch'::timestamp + c${index} * interval '1 millisecond'` : `c${index}`;
}

export class BulkTable<C extends Columns> {
  private readonly names: (keyof C & string)[];
  private readonly types: ScalarType[];
  private buffer: string[][];
  private lastId = 0;
  private rowCount = 0;

  constructor(
    readonly table: string,
    columns: C,
  ) {
    this.names = Object.keys(columns) as (keyof C & string)[];
    this.types = this.names.map((name) => columns[name]?.replace(/\?$/, "") as ScalarType);
    this.buffer = this.names.map(() => []);
  }

  // Ids are handed out in insertion order, starting at 1, as the sequence would have.
  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  get count(): number {
    return this.rowCount;
  }

  get pending(): number {
    return this.buffer[0]?.length ?? 0;
  }

  push(row: RowOf<C>): void {
    for (let index = 0; index < this.names.length; index++) {
      const name = this.names[index] as keyof C & string;
      (this.buffer[index] as string[]).push(encode(this.types[index] as ScalarType, row[name]));
    }
    this.rowCount += 1;
  }

  // Hands over the buffered columns and starts a new buffer. A trailing dummy value, trimmed
  // in SQL, keeps a batch whose only value is "" from splitting into an empty array.
  take(): Batch | null {
    if (this.pending === 0) return null;
    const columns = this.buffer.map((values) => `${values.join(SEPARATOR)}${SEPARATOR}-`);
    this.buffer = this.names.map(() => []);
    const list = this.names.map((name) => `"${name}"`).join(", ");
    const select = this.types.map((type, index) => sqlColumn(type, index)).join(", ");
    const arrays = this.types
      .map((type, index) => `trim_array(string_to_array($${index + 1}, E'\\x1f', E'\\x1e'), 1)::${sqlArrayType(type)}`)
      .join(", ");
    const aliases = this.types.map((_, index) => `c${index}`).join(", ");
    return { sql: `INSERT INTO "${this.table}" (${list}) SELECT ${select} FROM unnest(${arrays}) AS t(${aliases})`, columns };
  }
}

type Batch = { sql: string; columns: string[] };

// Writes the registered tables in registration order (parents before children, so foreign
// keys hold at every statement). One batch is written while the next is generated; never
// more than one, so memory stays flat however large the scale.
export class BulkWriter {
  private readonly tables: BulkTable<Columns>[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly db: RawDb,
    private readonly batchRows: number,
  ) {}

  register<C extends Columns>(table: string, columns: C): BulkTable<C> {
    const bulk = new BulkTable(table, columns);
    this.tables.push(bulk as unknown as BulkTable<Columns>);
    return bulk;
  }

  // Call between complete units (an order with its items and events), never inside one.
  async flushIfFull(): Promise<void> {
    if (this.tables.some((table) => table.pending >= this.batchRows)) await this.flush();
  }

  async flush(): Promise<void> {
    const batches = this.tables.map((table) => table.take()).filter((batch) => batch !== null);
    await this.inFlight;
    this.throwIfFailed();
    if (batches.length === 0) return;
    this.inFlight = this.write(batches).catch((error: unknown) => {
      this.failure = error;
    });
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    this.throwIfFailed();
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.tables.map((table) => [table.table, table.count]));
  }

  private async write(batches: Batch[]): Promise<void> {
    for (const batch of batches) await this.db.$executeRawUnsafe(batch.sql, ...batch.columns);
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure;
  }
}

// After explicit ids, each serial sequence must continue after the largest id written.
export async function resetSequences(db: RawDb, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await db.$queryRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT max("id") FROM "${table}"), 1), (SELECT count(*) > 0 FROM "${table}"))`,
    );
  }
}
