import { getTranslations } from "next-intl/server";
import { formatOneDecimal } from "@/components/reporting/dashboard-parts";
import { DataTable } from "@/components/ui/data-table";
import type { Volume } from "@/lib/feedback/feedback-insights";
import { formatIndianNumber } from "@/lib/money/format";

export type VolumeRow = Volume & { key: string; label: string };

// Feedback count, how many gave a rating, and the average rating, per row.
export async function VolumeTable({ rows, caption, nameHeader }: { rows: VolumeRow[]; caption: string; nameHeader: string }) {
  const t = await getTranslations("feedback.insights");
  return (
    <DataTable
      caption={caption}
      named={false}
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header: nameHeader, cell: (row) => row.label },
        { header: t("columns.count"), numeric: true, cell: (row) => formatIndianNumber(row.count) },
        { header: t("columns.rated"), numeric: true, cell: (row) => formatIndianNumber(row.rated) },
        { header: t("columns.average"), numeric: true, cell: (row) => (row.averageRating === null ? "—" : formatOneDecimal(row.averageRating)) },
      ]}
    />
  );
}
