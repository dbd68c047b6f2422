// Run Lighthouse over a list of URLs in one Chromium, one URL after the other.
//
//   node benchmarks/lighthouse.mjs job.json   (benchmarks/lighthouse.py writes the job)
//
// Why one Node process for every URL: the lighthouse CLI loads its config and starts
// a browser on each call, which doubles the time of a run over a few dozen pages.
// Why not several URLs at once in this process: Lighthouse keeps global state and
// does not support concurrent runs in one process (its docs say: use processes).
//
// The job names the browser (Debian's chromium: chrome-launcher never downloads one)
// and its flags, the categories and whether to shorten the waits after load, which
// only the timing-dependent performance category needs. Prints one JSON line per URL.

import {readFileSync} from 'node:fs';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

// Lighthouse's defaults wait a second of network and CPU quiet after load (for the
// performance trace); accessibility, best practices and SEO read the loaded DOM.
const QUICK_WAITS = {
  pauseAfterFcpMs: 0,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
};
const MAX_ITEMS = 5;
// What a performance score is made of, for bench.json (ms; layout shift unitless).
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

function itemSummary(item) {
  const node = item.node ?? item.relatedNode ?? (item.source?.type === 'node' ? item.source : null);
  if (node?.snippet) return `${node.selector ?? ''} ${node.snippet}`.trim();
  const url = item.url ?? item.source?.url ?? item.sourceLocation?.url;
  const text = item.description ?? item.text ?? item.message ?? '';
  return [url, text].filter(Boolean).join(' ') || JSON.stringify(item).slice(0, 200);
}

// The audits that keep a category below 100, with where on the page they failed.
function failures(lhr) {
  const failed = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || audit.score === 1) continue;
      if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative') continue;
      const items = audit.details?.items ?? [];
      failed.push({
        category: category.id,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        display: audit.displayValue ?? audit.errorMessage ?? '',
        items: items.slice(0, MAX_ITEMS).map(itemSummary),
        more: Math.max(0, items.length - MAX_ITEMS),
      });
    }
  }
  return failed;
}

function summary(url, lhr) {
  const scores = Object.fromEntries(Object.values(lhr.categories).map(c => [c.id, c.score]));
  const timed = 'performance' in lhr.categories;
  const metrics = timed ? Object.fromEntries(METRICS.map(id => [id, lhr.audits[id]?.numericValue ?? null])) : {};
  return {
    url,
    finalUrl: lhr.finalDisplayedUrl,
    scores,
    failures: failures(lhr),
    metrics,
    warnings: lhr.runWarnings,
    error: lhr.runtimeError?.message ?? null,
    seconds: lhr.timing.total / 1000,
  };
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const chrome = await chromeLauncher.launch({
    chromePath: job.chromePath,
    chromeFlags: job.chromeFlags,
    logLevel: 'silent',
  });
  const settings = {
    onlyCategories: job.categories,
    disableFullPageScreenshot: true,
    ...(job.quick ? QUICK_WAITS : {}),
  };
  try {
    for (const url of job.urls) {
      const flags = {port: chrome.port, logLevel: 'error', output: 'json'};
      const result = await lighthouse(url, flags, {extends: 'lighthouse:default', settings});
      process.stdout.write(JSON.stringify(summary(url, result.lhr)) + '\n');
    }
  } finally {
    await chrome.kill();
  }
}

await main();
