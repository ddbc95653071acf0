// Listing CSV files as a seller's spreadsheet would save them, for the import tests and bench.

export type CsvCells = Record<string, string>;

export function desktopRow(serial: number, overrides: CsvCells = {}): CsvCells {
  return {
    category: "desktop-computers",
    title: `Office desktop computer model ${serial}`,
    description: "Business desktop with three years' on-site warranty",
    brand: "Narmada",
    model: `ND-${serial}`,
    price: "45,000",
    mrp: "52000",
    gst_rate: "18",
    stock: "25",
    min_order: "1",
    delivery_days: "10",
    delivery_states: "MP;CG",
    country_of_origin: "IN",
    local_content_percent: "60",
    "spec:processor": "Intel Core i5",
    "spec:ram": "16",
    "spec:storage": "512",
    "spec:monitorSize": "23.8",
    "spec:os": "Windows 11 Pro",
    ...overrides,
  };
}

export function sareeRow(serial: number, overrides: CsvCells = {}): CsvCells {
  return {
    category: "handloom-cotton-sarees",
    title: `Handloom cotton saree ${serial}`,
    price: "1499.50",
    mrp: "1800",
    gst_rate: "5%",
    stock: "40",
    delivery_states: "ALL",
    local_content_percent: "100",
    "spec:fibre": "cotton",
    "spec:weave": "Jacquard",
    "spec:length": "5.5",
    ...overrides,
  };
}

function quote(cell: string): string {
  return /[",\r\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

// The union of the rows' columns as the header; CRLF line ends like Excel.
export function listingCsv(rows: CsvCells[], options: { bom?: boolean; delimiter?: string } = {}): Uint8Array {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const delimiter = options.delimiter ?? ",";
  const lines = [columns.join(delimiter), ...rows.map((row) => columns.map((column) => quote(row[column] ?? "")).join(delimiter))];
  return new TextEncoder().encode(`${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`);
}
