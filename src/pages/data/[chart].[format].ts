import type { APIRoute, GetStaticPaths } from 'astro';
import { chartData } from '../../lib/charts/chart-data';
import {
  CHART_IDS,
  DOWNLOAD_FORMATS,
  chartTable,
  tableCsv,
  tableJson,
  type ChartId,
  type DownloadFormat,
} from '../../lib/charts/chart-tables';

/** `/data/<chart>.csv` and `.json`: each chart's rows, the same ones its HTML table shows. */
export const getStaticPaths = (() =>
  CHART_IDS.flatMap((chart) =>
    DOWNLOAD_FORMATS.map((format) => ({ params: { chart, format } })),
  )) satisfies GetStaticPaths;

const TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute<never, { chart: ChartId; format: DownloadFormat }> = async ({ params }) => {
  const table = chartTable(params.chart, await chartData());
  const body = params.format === 'csv' ? tableCsv(table) : tableJson(table);
  return new Response(body, { headers: { 'Content-Type': TYPES[params.format] } });
};
