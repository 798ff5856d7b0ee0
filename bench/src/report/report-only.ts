import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchResults } from '../results';
import { fromRoot } from '../shared/workspace';
import { writeCharts } from './charts';
import { renderBenchmarksMarkdown } from './render-markdown';

/** `--report-only`: the charts and the report again from a stored latest.json, nothing measured. */
export function reportOnly(resultsDir: string, reportFile: string): number {
  const file = path.join(resultsDir, 'latest.json');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  const charts = writeCharts(stored, resultsDir);
  const results: BenchResults = { ...stored, charts: charts.map((c) => path.basename(c)) };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    reportFile,
    renderBenchmarksMarkdown(results, path.relative(path.dirname(reportFile), resultsDir)),
  );
  console.log(
    `re-rendered ${path.relative(fromRoot(), reportFile)} from ${path.relative(fromRoot(), file)}`,
  );
  return 0;
}
