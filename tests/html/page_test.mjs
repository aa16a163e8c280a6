// Drives kgraph's interactive page in a real browser (Debian's Chromium through playwright-core, with no
// browser download) and checks what a reader would check by hand:
//   the page loads from a file with no console error or warning and no failed request (it must work offline);
//   it shows every entity and every relation of the graph kgraph wrote beside it (GRAPH.json);
//   a search finds an entity by its Arabic and by its Latin name (--expect-search NAME=ID, repeatable);
//   clicking a money-cycle edge with the mouse opens its evidence, right-to-left, with its source document;
//   the relation and status filters hide exactly the relations they name, and "Reset" brings them back;
//   clicking a cycle in the list isolates it.
// It saves a screenshot of the page with the cycle edge's evidence open (--screenshot PNG).
//
// Usage: node page_test.mjs --page G.html --graph G.json [--chromium /usr/bin/chromium]
//          [--screenshot OUT.png] [--expect-search NAME=ID ...]
// Exit status: 0 all checks passed, 1 a check failed, 77 no Chromium (ctest reports the test as skipped).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const all = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const pagePath = opt('--page');
const graphPath = opt('--graph');
const chromium = opt('--chromium', '/usr/bin/chromium');
const screenshot = opt('--screenshot');
const modules = opt('--modules');  // the node_modules that holds playwright-core (the build tree's)
if (!pagePath || !graphPath) {
  console.error('usage: node page_test.mjs --page G.html --graph G.json [--chromium PATH] [--screenshot PNG]');
  process.exit(2);
}
if (!existsSync(chromium)) {
  console.log(`SKIP: no Chromium at ${chromium} (apt-get install chromium)`);
  process.exit(77);
}
const require = createRequire(modules ? resolve(modules) + '/' : import.meta.url);
const { chromium: launcher } = require('playwright-core');

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ': ' + detail : ''}`);
  if (!ok) failures += 1;
}

const graph = JSON.parse(readFileSync(graphPath, 'utf8'));
const browser = await launcher.launch({
  executablePath: chromium,
  headless: true,
  // Root in a container has no sandbox; the closed network makes every background connection fail loudly.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });

  await page.goto(pathToFileURL(pagePath).href);
  await page.waitForFunction(() => window.kgraph && window.kgraph.cy);

  // Every node and every relation of the graph file, all displayed.
  const counts = await page.evaluate(() => {
    const cy = window.kgraph.cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length,
      visibleNodes: cy.nodes(':visible').length, visibleEdges: cy.edges(':visible').length,
      ids: cy.nodes().map((n) => n.id()).sort() };
  });
  check(counts.nodes === graph.nodes.length, 'every entity is in the page', `${counts.nodes} of ${graph.nodes.length}`);
  check(counts.edges === graph.links.length, 'every relation is in the page', `${counts.edges} of ${graph.links.length}`);
  check(counts.visibleNodes === graph.nodes.length && counts.visibleEdges === graph.links.length,
    'all are shown at first', `${counts.visibleNodes} entities, ${counts.visibleEdges} relations visible`);
  check(JSON.stringify(counts.ids) === JSON.stringify(graph.nodes.map((n) => n.id).sort()), 'the page\'s entities are the graph\'s');
  const shownText = await page.textContent('#shown');
  check(shownText === `${graph.nodes.length} of ${graph.nodes.length} entities, ${graph.links.length} of ${graph.links.length} relations shown`,
    'the counter says so', shownText);

  // Search, through the search box as a reader types.
  for (const spec of all('--expect-search')) {
    const [name, id] = spec.split('=');
    await page.fill('#search', name);
    const first = await page.getAttribute('#search-results li[data-id]', 'data-id', { timeout: 2000 }).catch(() => null);
    check(first === id, `search "${name}" finds ${id} first`, `got ${first}`);
  }
  if (all('--expect-search').length) {
    await page.press('#search', 'Enter');
    const heading = await page.textContent('#panel h2');
    check(heading.length > 0, 'Enter opens the first result', heading);
    await page.fill('#search', 'zzzz-no-such-name');
    check((await page.textContent('#search-results')).includes('no entity has this name'), 'an unknown name says so');
    await page.fill('#search', '');
  }

  // A money-cycle edge, clicked with the mouse where it is drawn: the view is fitted to the edge's two
  // entities and the edge's midpoint clicked, unless a third entity is drawn over that point (then the
  // next cycle edge is tried, as a reader would click an edge they can see).
  const cycleEdges = graph.links.filter((l) => l.in_cycle && l.evidence.length > 0);
  check(cycleEdges.length > 0, 'the graph has a money-cycle edge with evidence');
  let cycleEdge = null;
  // The search above centres its result with an animation that would move the view after the fit.
  await page.waitForFunction(() => !window.kgraph.cy.animated());
  for (const candidate of cycleEdges) {
    const id = `e-${candidate.source}-${candidate.relation}-${candidate.target}`;
    const point = await page.evaluate((edgeId) => {
      const cy = window.kgraph.cy;
      const edge = cy.getElementById(edgeId);
      cy.fit(edge.connectedNodes(), 150);
      const p = edge.renderedMidpoint();
      const covered = cy.nodes().some((n) => {
        const bb = n.renderedBoundingBox({ includeLabels: false });
        return p.x >= bb.x1 - 4 && p.x <= bb.x2 + 4 && p.y >= bb.y1 - 4 && p.y <= bb.y2 + 4;
      });
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, covered };
    }, id);
    if (point.covered) continue;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    await page.mouse.click(point.x, point.y);
    const selected = await page.evaluate(() => window.kgraph.cy.$(':selected').map((x) => x.id()).join(','));
    check(selected === id, `the click lands on the cycle edge ${id}`, selected);
    cycleEdge = candidate;
    break;
  }
  check(cycleEdges.length === 0 || cycleEdge !== null, 'some cycle edge can be clicked');
  if (cycleEdge) {
    const panel = await page.waitForSelector('#panel .evidence', { timeout: 3000 }).catch(() => null);
    check(!!panel, 'clicking the cycle edge opens its evidence');
    if (panel) {
      const sentences = await page.$$eval('#panel .sentence', (ps) => ps.map((p) => ({ text: p.textContent, dir: p.dir, lang: p.lang })));
      check(sentences.length === cycleEdge.evidence.length, 'one sentence per piece of evidence',
        `${sentences.length} of ${cycleEdge.evidence.length}`);
      check(sentences[0].text === cycleEdge.evidence[0].sentence, 'the sentence as written', sentences[0].text.slice(0, 60));
      const arabic = /[\u0600-\u06FF]/.test(cycleEdge.evidence[0].sentence);
      check(!arabic || (sentences[0].dir === 'rtl' && sentences[0].lang === 'ar'), 'an Arabic sentence is right-to-left');
      const meta = await page.textContent('#panel .evidence .meta');
      check(meta.includes(cycleEdge.evidence[0].doc_id), 'the source document is named', meta);
      const info = (graph.graph.document_info || {})[cycleEdge.evidence[0].doc_id];
      if (info && info.title) {
        const title = await page.textContent('#panel .evidence .doc-title');
        check(title === info.title, 'and its title shown', title);
      }
      check((await page.textContent('#panel')).includes('money cycle'), 'the edge is marked as part of a money cycle');
      const marks = await page.$$eval('#panel .evidence:first-of-type mark', (ms) => ms.map((m) => m.className));
      check(marks.includes('trigger'), 'the trigger is marked in the sentence', marks.join(','));
    }
    if (screenshot) {
      await page.evaluate(() => window.kgraph.cy.fit(undefined, 30));
      await page.screenshot({ path: screenshot });
    }
  }

  // Filters: a relation, a status; then reset.
  const relation = graph.links[0].relation;
  const withRelation = graph.links.filter((l) => l.relation === relation).length;
  await page.uncheck(`#relation-filters input[value="${relation}"]`);
  let visible = await page.evaluate(() => window.kgraph.cy.edges().not('.hidden').length);
  check(visible === graph.links.length - withRelation, `unticking ${relation} hides its ${withRelation} relations`, `${visible} visible`);
  const status = graph.links.find((l) => l.status)?.status;
  if (status) {
    const withStatus = graph.links.filter((l) => l.status === status && l.relation !== relation).length;
    await page.uncheck(`#status-filters input[value="${status}"]`);
    visible = await page.evaluate(() => window.kgraph.cy.edges().not('.hidden').length);
    check(visible === graph.links.length - withRelation - withStatus, `unticking status ${status} hides ${withStatus} more`, `${visible} visible`);
  }
  await page.selectOption('#min-amount', '1e9');
  visible = await page.evaluate(() => window.kgraph.cy.edges().not('.hidden').length);
  const bigOnes = graph.links.filter((l) => l.relation !== relation && (!status || l.status !== status) && l.amount_usd >= 1e9).length;
  check(visible === bigOnes, 'at least $1B keeps only relations of $1B or more', `${visible}, expected ${bigOnes}`);
  await page.click('#reset');
  visible = await page.evaluate(() => window.kgraph.cy.edges().not('.hidden').length);
  check(visible === graph.links.length, 'Reset shows every relation again', `${visible}`);

  // The first cycle in the list isolates its entities.
  const cycles = await page.$$('#cycles li');
  if (graph.links.some((l) => l.in_cycle)) {
    check(cycles.length > 0, 'the money cycles are listed', `${cycles.length}`);
    await cycles[0].click();
    const faded = await page.evaluate(() => window.kgraph.cy.elements('.faded').length);
    check(faded > 0 && faded < counts.nodes + counts.edges, 'choosing a cycle fades the rest', `${faded} faded`);
    await page.click('#clear-focus');
  }

  check(problems.length === 0, 'no console error or warning, no failed request', problems.join(' | '));
  check(requests.length === 0, 'nothing fetched from the network', requests.join(' '));
} finally {
  await browser.close();
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
