import { describe, expect, it } from "vitest";
import { csvResponse, csvRupees } from "@/app/_lib/csv-response";

describe("CSV downloads", () => {
  it("open in a spreadsheet: byte order mark, CRLF, quoted commas, a Latin-1 file name", async () => {
    const response = csvResponse("kraya-states-2026–27.csv", ["Name", "GMV (Rs)"], [["Dadra, Nagar Haveli", csvRupees(1_234_567_89n)], ["मध्य प्रदेश", csvRupees(-5n)]]);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="kraya-states-2026-27.csv"');
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe('Name,GMV (Rs)\r\n"Dadra, Nagar Haveli",1234567.89\r\nमध्य प्रदेश,-0.05\r\n');
  });
});
