// The published API docs in a real browser: Debian's Chromium, driven by playwright-core, loads
// dist/docs from a loopback server and checks what an integrator needs is there, that nothing
// is fetched from another origin, and that the page logs no errors. Run by `npm test` after
// `nx run contracts:docs`; it never skips: a machine without Chromium fails with the fix.
// CHROMIUM_PATH points at another Chromium build (e.g. a snap or a CI-provided one).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDirectory } from './static-server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const docsDir = join(root, 'dist/docs');
const publicDocument = JSON.parse(readFileSync(join(docsDir, 'openapi.json'), 'utf8'));

const OPERATIONS = [
  {
    tag: 'Webhooks',
    summary: 'Deliver a payment event',
    method: 'POST',
    path: '/webhooks/payment',
  },
  { tag: 'Transactions', summary: 'Read a transaction', method: 'GET', path: '/transactions/{id}' },
  {
    tag: 'Transactions',
    summary: 'Re-send the customer notification',
    method: 'POST',
    path: '/transactions/{id}/notify',
  },
];

/** A heading whose visible text is `text` (Redoc prefixes the accessible name with its anchor). */
function headingNamed(page, text) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('heading', { name: new RegExp(`(^|\\s)${escaped}$`) }).first();
}

/** The example a reader sees first: the request body's, else the first response's. */
function firstExample(operation) {
  const media =
    operation.requestBody?.content['application/json'] ??
    Object.values(operation.responses)[0].content['application/json'];
  return Object.values(media.examples)[0].value;
}

/** Opens an operation from the sidebar the way a reader does: expand its tag, pick it. */
async function openOperation(page, tag, summary) {
  const entry = page.getByRole('link', { name: summary }).first();
  if (!(await entry.isVisible())) {
    await page.getByRole('link', { name: tag, exact: true }).first().click();
  }
  await entry.click();
}

describe('API docs page in Chromium', () => {
  let server;
  let browser;
  let page;
  const consoleErrors = [];
  const externalRequests = [];

  before(async () => {
    assert.ok(
      existsSync(CHROMIUM),
      `Chromium is not installed at ${CHROMIUM}. Install Debian's package: ` +
        'sudo apt-get update && sudo apt-get install -y chromium (.ci/run does this before npm test), ' +
        'or set CHROMIUM_PATH to the chromium executable of another build.',
    );
    assert.ok(
      existsSync(join(docsDir, 'index.html')),
      'dist/docs/index.html is missing: run `npx nx run contracts:docs` first.',
    );
    server = await serveDirectory(docsDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    // Every request leaving the loopback server is recorded and refused.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === new URL(server.url).origin) return route.continue();
      externalRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    await page.goto(server.url, { waitUntil: 'networkidle' });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the API title and version', async () => {
    const title = page.getByRole('heading', { level: 1 }).first();

    assert.match(
      await title.innerText(),
      new RegExp(`Payment Webhooks API \\(${publicDocument.info.version}\\)`),
    );
  });

  it('has the authentication guide with the caller policies and the signing recipes', async () => {
    const guide = headingNamed(page, 'Authentication');
    await guide.waitFor();
    const text = await page.locator('body').innerText();

    for (const expected of [
      'WebhookSenderPolicyArn',
      'TransactionReaderPolicyArn',
      'NotifierPolicyArn',
      '--aws-sigv4 "aws:amz:us-east-2:execute-api"',
      '@smithy/signature-v4',
      'SigV4Auth',
    ]) {
      assert.ok(text.includes(expected), `the guide mentions ${expected}`);
    }
  });

  it('lists every event type with its example in the event catalogue', async () => {
    const text = await page.locator('main').innerText();

    for (const type of publicDocument.components.schemas.WebhookEvent.properties.event_type.enum) {
      assert.ok(
        text.includes(`"event_type": "${type}"`),
        `the catalogue has an example of ${type}`,
      );
    }
  });

  for (const { tag, summary, method, path } of OPERATIONS) {
    it(`documents ${method} ${path} with its responses and an example payload`, async () => {
      const operation = publicDocument.paths[path][method.toLowerCase()];

      await openOperation(page, tag, summary);
      await headingNamed(page, summary).waitFor();
      // Redoc shows one tag per page, so `main` holds this operation, not the whole document.
      const text = await page.locator('main').innerText();

      assert.ok(text.includes(path), `${summary} shows its path`);
      for (const status of Object.keys(operation.responses)) {
        assert.match(text, new RegExp(`^${status}$`, 'm'), `${summary} lists response ${status}`);
      }
      const [field, value] = Object.entries(firstExample(operation))[0];
      assert.ok(
        text.includes(`"${field}": ${JSON.stringify(value)}`),
        `${summary} shows an example payload (${field})`,
      );
    });
  }

  it('offers the OpenAPI document for download, served next to the page', async () => {
    const link = page.locator('a[href$="openapi.json"]').first();
    const href = await link.getAttribute('href');
    const response = await page.request.get(new URL(href, server.url).href);
    const document = await response.json();

    assert.equal(response.status(), 200);
    assert.equal(document.openapi, '3.0.3');
    assert.deepEqual(
      Object.values(document.paths).flatMap((item) =>
        Object.values(item).map((op) => op.operationId),
      ),
      ['receivePaymentWebhook', 'getTransaction', 'notifyTransaction'],
    );
  });

  it('saves a screenshot of the webhook operation', async () => {
    await page.goto(server.url, { waitUntil: 'networkidle' });
    await openOperation(page, OPERATIONS[0].tag, OPERATIONS[0].summary);
    await headingNamed(page, OPERATIONS[0].summary).waitFor();

    const screenshot = await page.screenshot({ path: join(docsDir, 'screenshot.png') });
    assert.ok(screenshot.length > 10_000, 'the screenshot has content');
  });

  it('fetches nothing from another origin', () => {
    assert.deepEqual(externalRequests, []);
  });

  it('logs no console errors', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
