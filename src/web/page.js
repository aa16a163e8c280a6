// kgraph's interactive page: draws the graph the page carries (html_writer.h) with Cytoscape.js and lets a
// reader search it, filter it, follow its money cycles and read the evidence behind every relation.
//
// Rules this script keeps:
// - text from the articles enters the page only through textContent (never innerHTML), so a sentence is
//   always shown as written and never read as markup;
// - an Arabic sentence sits in its own element with dir="rtl", so the bidirectional algorithm orders its
//   Latin names and numbers inside a right-to-left line;
// - nothing is fetched: the page works from a file opened offline.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('kgraph-data').textContent);
  const $ = (id) => document.getElementById(id);
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const relationColour = new Map(data.relations.map((r) => [r.relation, r.colour]));
  const typeFill = new Map(data.types.map((t) => [t.type, t.fill]));
  const typeCaption = new Map(data.types.map((t) => [t.type, t.caption]));
  const CYCLE_RED = '#d50000';
  const SHAPES = { ORG: 'round-rectangle', PERSON: 'ellipse', PRODUCT: 'hexagon', MEDIA: 'tag', PLACE: 'diamond' };

  // ---- names -------------------------------------------------------------------------------------------

  // The folding kgraph uses for names (normalize.h): compatibility forms, case, Arabic diacritics and
  // tatweel, hamza seats, alef maqsura and ya, ta marbuta and ha, Persian ya and kaf, bidi controls.
  function fold(text) {
    return String(text).normalize('NFKC').toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0624/g, '\u0648')
      .replace(/[\u0626\u0649\u06CC\u064A]/g, '\u064A')
      .replace(/\u0629/g, '\u0647')
      .replace(/\u06A9/g, '\u0643')
      .replace(/[\s\u00A0\-_.,·'"«»()]+/g, ' ')
      .trim();
  }
  const hasArabic = (text) => /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text);

  // Every name a node answers to, folded once: id, labels, aliases.
  const nameKeys = new Map();
  for (const n of data.nodes) {
    const names = new Set([n.id, n.id.replace(/[-_]/g, ' '), n.label_ar, n.label_en, ...n.aliases]);
    nameKeys.set(n.id, [...names].filter(Boolean).map((s) => ({ name: s, key: fold(s) })));
  }

  // Nodes matching `query`, best first: a whole name, then a name that starts with it, then one that
  // contains it. Each result says which name matched, so a reader sees why.
  function search(query) {
    const q = fold(query);
    if (!q) return [];
    const hits = [];
    for (const n of data.nodes) {
      let best = null;
      for (const { name, key } of nameKeys.get(n.id)) {
        const rank = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(q) ? 2 : -1;
        if (rank >= 0 && (best === null || rank < best.rank)) best = { rank, name };
      }
      if (best) hits.push({ id: n.id, rank: best.rank, matched: best.name });
    }
    hits.sort((a, b) => a.rank - b.rank || (nodeById.get(b.id).mentions - nodeById.get(a.id).mentions) ||
      a.id.localeCompare(b.id));
    return hits;
  }

  // A name as plain text, in the script(s) chosen under "Names": both = "Amazon (أمازون)".
  function nodeName(id) {
    const n = nodeById.get(id);
    if (!n) return id;
    if (labelLang === 'ar' || (labelLang === 'both' && !n.has_en)) return n.label_ar;
    if (labelLang === 'en' || n.label_en === n.label_ar) return n.label_en;
    return n.label_en + ' (' + n.label_ar + ')';
  }
  // The same as elements: each script in its own <bdi>, so an Arabic name keeps its order in a Latin line.
  function nameElement(id) {
    const span = document.createElement('span');
    const n = nodeById.get(id);
    if (!n) { span.textContent = id; return span; }
    const b = (t) => { const e = document.createElement('bdi'); e.textContent = t; return e; };
    if (labelLang === 'ar' || (labelLang === 'both' && !n.has_en)) span.append(b(n.label_ar));
    else if (labelLang === 'en' || n.label_en === n.label_ar) span.append(b(n.label_en));
    else span.append(b(n.label_en), document.createTextNode(' ('), b(n.label_ar), document.createTextNode(')'));
    return span;
  }

  // ---- the graph -----------------------------------------------------------------------------------------

  // Size by money over the node's relations, on a log scale ($1M -> 30 px, $1T -> 80 px).
  function nodeSize(n) {
    if (!n.money_usd || n.money_usd <= 0) return 26;
    const t = Math.min(1, Math.max(0, (Math.log10(n.money_usd) - 6) / 6));
    return 30 + 50 * t;
  }

  let labelLang = data.label_lang || 'both';
  const labelOf = (n) => (labelLang === 'ar' ? n.label_ar : labelLang === 'en' ? n.label_en : n.label_both);

  const elements = [];
  for (const n of data.nodes) {
    elements.push({ group: 'nodes', data: { id: n.id, label: labelOf(n), type: n.type, size: nodeSize(n),
      fill: typeFill.get(n.type) || '#eeeeee', shape: SHAPES[n.type] || 'round-rectangle' } });
  }
  for (const e of data.edges) {
    const doubtful = ['denied', 'hypothetical', 'stalled'].includes(e.status);
    elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target,
      colour: e.in_cycle ? CYCLE_RED : relationColour.get(e.relation) || '#888888',
      width: (e.in_cycle ? 4 : 1.5) + Math.log2(Math.max(1, e.evidence.length)) * 0.6,
      label: e.amount || '' },
      classes: [e.in_cycle ? 'cycle' : '', e.symmetric ? 'mutual' : '', doubtful ? 'doubtful' : ''].join(' ').trim() });
  }

  const cy = cytoscape({
    container: $('cy'),
    elements,
    minZoom: 0.01,
    maxZoom: 6,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '160px', 'font-size': 11,
        'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1f2328',
        'text-outline-color': '#ffffff', 'text-outline-width': 2,
        'background-color': 'data(fill)', 'border-color': '#57606a', 'border-width': 1,
        'shape': 'data(shape)', 'width': 'data(size)', 'height': 'data(size)' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'width': 'data(width)', 'line-color': 'data(colour)',
        'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
        'label': 'data(label)', 'font-size': 10, 'color': '#1f2328', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1 } },
      { selector: 'edge.mutual', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.doubtful', style: { 'line-style': 'dashed' } },
      { selector: 'edge.cycle', style: { 'font-weight': 'bold', 'z-index': 10 } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.faded', style: { 'opacity': 0.12 } },
      { selector: 'node.match', style: { 'border-color': '#bf8700', 'border-width': 4 } },
      { selector: ':selected', style: { 'overlay-color': '#0969da', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    ],
  });

  // The chosen layout places the entities that have a relation shown; the others (in news at large, most
  // of them) go in a grid under it, shaped like the window, so they neither crowd the web nor stretch the
  // picture into a strip. A force layout of thousands of entities would keep the page busy for minutes:
  // above 800 it falls back to concentric.
  function runLayout(name) {
    const visible = cy.elements().not('.hidden');
    const linked = visible.edges().connectedNodes();
    const alone = visible.nodes().not(linked);
    if (name === 'cose' && linked.length > 800) {
      name = 'concentric';
      $('layout').value = name;
    }
    const options = {
      cose: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 90,
        nodeRepulsion: () => 9000, padding: 30, randomize: false, componentSpacing: 60 },
      concentric: { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 20,
        concentric: (node) => Math.log10(1 + (nodeById.get(node.id()).money_usd || 0)) + node.degree() / 100,
        levelWidth: () => 2 },
      breadthfirst: { name: 'breadthfirst', animate: false, directed: true, padding: 30, spacingFactor: 1.1 },
      circle: { name: 'circle', animate: false, padding: 30 },
    }[name];
    let top = 0, left = 0, width = 0;
    if (linked.length) {
      linked.union(visible.edges()).layout({ ...options, fit: false }).run();
      const bb = linked.boundingBox();
      top = bb.y2 + 80;
      left = bb.x1;
      width = bb.w;
    }
    if (alone.length) {
      const cell = 90;
      const box = cy.container().getBoundingClientRect();
      const aspect = Math.max(0.5, box.width / Math.max(1, box.height));
      const cols = Math.max(1, Math.ceil(Math.max(width / cell, Math.sqrt(alone.length * aspect))));
      const rows = Math.ceil(alone.length / cols);
      alone.sort((x, y) => x.data('type').localeCompare(y.data('type')) || x.id().localeCompare(y.id()))
        .layout({ name: 'grid', fit: false, avoidOverlap: true, cols, rows,
          boundingBox: { x1: left, y1: top, w: cols * cell, h: rows * cell * 0.8 } }).run();
    }
    cy.fit(visible, 30);
  }

  // ---- filters -------------------------------------------------------------------------------------------

  const relationOn = new Map(data.relations.map((r) => [r.relation, true]));
  const statusOn = new Map(data.statuses.map((s) => [s, true]));

  function addCheck(container, value, caption, count, swatch, map) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = value;
    box.addEventListener('change', () => { map.set(value, box.checked); applyFilters(); });
    label.append(box);
    if (swatch) {
      const s = document.createElement('span');
      s.className = 'swatch';
      s.style.background = swatch;
      label.append(s);
    }
    label.append(document.createTextNode(caption));
    const c = document.createElement('span');
    c.className = 'count';
    c.textContent = String(count);
    label.append(c);
    container.append(label);
  }
  for (const r of data.relations) {
    addCheck($('relation-filters'), r.relation, r.relation.replace(/_/g, ' '), r.count, r.colour, relationOn);
  }
  const statusCount = new Map();
  for (const e of data.edges) statusCount.set(e.status || '', (statusCount.get(e.status || '') || 0) + 1);
  for (const s of data.statuses) {
    addCheck($('status-filters'), s, s || 'no deal state (roles)', statusCount.get(s) || 0, null, statusOn);
  }
  for (const t of data.types) {
    const row = document.createElement('div');
    const box = document.createElement('span');
    box.className = 'box';
    box.style.background = t.fill;
    row.append(box, document.createTextNode(t.caption));
    $('type-legend').append(row);
  }

  // A date may be "2025", "2025-09" or "2025-09-22": a period. Its first and last days bound it.
  const firstDay = (d) => (d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d);
  const lastDay = (d) => (d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d);

  function edgeShown(e) {
    if (!relationOn.get(e.relation) || !statusOn.get(e.status || '')) return false;
    const minAmount = Number($('min-amount').value);
    if (minAmount > 0 && !(e.amount_usd >= minAmount)) return false;
    if (e.confidence + 1e-9 < Number($('min-confidence').value)) return false;
    const from = $('date-from').value, to = $('date-to').value;
    if (from || to) {
      if (!e.first_seen && !e.last_seen) return $('keep-undated').checked;
      const start = firstDay(e.first_seen || e.last_seen), end = lastDay(e.last_seen || e.first_seen);
      if (from && end < from) return false;
      if (to && start > to) return false;
    }
    return true;
  }

  function applyFilters() {
    const hideIsolated = $('hide-isolated').checked;
    cy.batch(() => {
      for (const e of data.edges) cy.getElementById(e.id).toggleClass('hidden', !edgeShown(e));
      cy.nodes().forEach((n) => {
        const shownEdges = n.connectedEdges().filter((x) => !x.hasClass('hidden'));
        n.toggleClass('hidden', hideIsolated && shownEdges.length === 0);
      });
    });
    const nodes = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
    const edges = cy.edges().filter((x) => !x.hasClass('hidden')).length;
    $('shown').textContent = `${nodes} of ${data.nodes.length} entities, ${edges} of ${data.edges.length} relations shown`;
  }

  for (const id of ['min-amount', 'date-from', 'date-to', 'keep-undated', 'hide-isolated']) {
    $(id).addEventListener('change', applyFilters);
  }
  $('min-confidence').addEventListener('input', () => {
    $('min-confidence-value').textContent = Number($('min-confidence').value).toFixed(2);
    applyFilters();
  });
  $('reset').addEventListener('click', () => {
    for (const box of document.querySelectorAll('#relation-filters input, #status-filters input')) box.checked = true;
    for (const k of relationOn.keys()) relationOn.set(k, true);
    for (const k of statusOn.keys()) statusOn.set(k, true);
    $('min-amount').value = '0';
    $('date-from').value = '';
    $('date-to').value = '';
    $('keep-undated').checked = true;
    $('min-confidence').value = '0';
    $('min-confidence-value').textContent = '0.00';
    $('hide-isolated').checked = false;
    applyFilters();
  });

  // ---- money cycles --------------------------------------------------------------------------------------

  function clearFocus() {
    cy.elements().removeClass('faded');
    for (const li of document.querySelectorAll('#cycles li')) li.classList.remove('active');
    $('clear-focus').hidden = true;
  }

  function focusCycle(cycle, li) {
    clearFocus();
    let keep = cy.collection();
    for (const id of cycle.edges) {
      const edge = cy.getElementById(id);
      keep = keep.union(edge).union(edge.connectedNodes());
    }
    for (const id of cycle.nodes) keep = keep.union(cy.getElementById(id));
    cy.elements().not(keep).addClass('faded');
    li.classList.add('active');
    $('clear-focus').hidden = false;
    cy.animate({ fit: { eles: keep, padding: 60 } }, { duration: 300 });
  }

  function renderCycles() {
    $('cycles').replaceChildren();
    if (data.cycles.length === 0) {
      const li = document.createElement('li');
      li.className = 'muted';
      li.textContent = 'none found';
      $('cycles').append(li);
    }
    for (const c of data.cycles) {
      const li = document.createElement('li');
      [...c.nodes, c.nodes[0]].forEach((id, i) => {
        if (i > 0) li.append(document.createTextNode(' \u2192 '));
        li.append(nameElement(id));
      });
      const amounts = document.createElement('span');
      amounts.className = 'amounts';
      amounts.textContent = c.edges.map((id) => {
        const e = edgeById.get(id);
        return e.relation.replace(/_/g, ' ') + (e.amount ? ' ' + e.amount : '');
      }).join(' \u00b7 ');
      li.append(amounts);
      li.addEventListener('click', () => focusCycle(c, li));
      $('cycles').append(li);
    }
  }
  renderCycles();
  $('clear-focus').addEventListener('click', clearFocus);

  // ---- the side panel ------------------------------------------------------------------------------------

  const panel = $('panel');
  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  function bdi(text) { return el('bdi', text); }
  function factsTable(rows) {
    const table = el('table', null, 'facts');
    for (const [key, value] of rows) {
      if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      if (value instanceof Node) td.append(value); else td.textContent = Array.isArray(value) ? value.join(', ') : String(value);
      tr.append(el('th', key), td);
      table.append(tr);
    }
    return table;
  }

  // The sentence as written, with the two mentions and the trigger marked (offsets in code points).
  function sentenceElement(ev) {
    const p = el('p', null, 'sentence');
    p.dir = hasArabic(ev.sentence) ? 'rtl' : 'ltr';
    p.lang = hasArabic(ev.sentence) ? 'ar' : 'en';
    const chars = Array.from(ev.sentence);
    const marks = ev.marks.slice().sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [begin, end, kind] of marks) {
      if (begin < at || end > chars.length) continue;  // overlapping marks: the first one wins
      if (begin > at) p.append(document.createTextNode(chars.slice(at, begin).join('')));
      const m = el('mark', chars.slice(begin, end).join(''), kind);
      m.title = kind;
      p.append(m);
      at = end;
    }
    if (at < chars.length) p.append(document.createTextNode(chars.slice(at).join('')));
    return p;
  }

  // Only web addresses become links: a file: or javascript: address in an input never does.
  const webAddress = (url) => (/^https?:\/\//i.test(url || '') ? url : null);

  // The document a sentence came from: its title (in its own direction), outlet and address, when known.
  function documentElement(docId) {
    const info = (data.document_info || {})[docId];
    if (!info || !(info.title || info.source || info.url)) return null;
    const p = el('p', null, 'document');
    p.dir = hasArabic(info.title || info.source || '') ? 'rtl' : 'ltr';
    if (info.title) {
      const t = el('span', info.title, 'doc-title');
      t.dir = 'auto';
      p.append(t);
    }
    if (info.source) p.append(document.createTextNode(' \u2014 '), bdi(info.source));
    const href = webAddress(info.url);
    if (href) {
      const a = el('a', 'source', 'doc-link');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      p.append(document.createTextNode(' '), a);
    } else if (info.url) {
      p.append(document.createTextNode(' '), bdi(info.url));
    }
    return p;
  }

  function evidenceElement(ev) {
    const box = el('article', null, 'evidence');
    box.append(sentenceElement(ev));
    const doc = documentElement(ev.doc);
    if (doc) box.append(doc);
    const meta = el('p', null, 'meta');
    meta.dir = 'ltr';
    // Each value in its own <bdi>: an Arabic amount or cue keeps its order inside this left-to-right line.
    const parts = [['document', ev.doc], ['date', ev.date], ['status', ev.status], ['cue', ev.status_cue],
      ['amount', ev.amount], ['as written', ev.amount_text], ['when', ev.event_date],
      [ev.event_date ? 'from' : 'when', ev.event_date_text],
      ['reported by', ev.reported_by && nodeName(ev.reported_by)], ['rule', ev.rule]];
    let first = true;
    for (const [key, value] of parts) {
      if (!value) continue;
      if (!first) meta.append(document.createTextNode(' \u00b7 '));
      meta.append(document.createTextNode(key + ' '), bdi(value));
      first = false;
    }
    box.append(meta);
    return box;
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    panel.replaceChildren();
    const h = el('h2');
    h.append(nameElement(e.source), document.createTextNode(e.symmetric ? ' \u2194 ' : ' \u2192 '), nameElement(e.target));
    panel.append(h);
    const rel = el('p');
    rel.append(el('span', e.relation.replace(/_/g, ' '), 'relation'));
    if (e.in_cycle) rel.append(document.createTextNode(' '), el('span', 'money cycle', 'badge cycle'));
    if (e.status) rel.append(document.createTextNode(' '), el('span', e.status, 'badge ' + e.status));
    panel.append(rel);
    panel.append(factsTable([
      ['amount', e.amount && e.amount + ' (' + Number(e.amount_usd).toLocaleString('en-US') + ' USD)'],
      ['statuses seen', e.statuses], ['confidence', e.confidence.toFixed(2)],
      ['first seen', e.first_seen], ['last seen', e.last_seen],
      ['reported by', e.reported_by.map(nodeName)], ['evidence', e.evidence.length + (e.evidence.length === 1 ? ' sentence' : ' sentences')],
    ]));
    const list = el('section', null, 'evidence-list');
    list.append(el('h2', 'Evidence'));
    for (const ev of e.evidence) list.append(evidenceElement(ev));
    if (e.evidence.length === 0) list.append(el('p', 'This relation came from a graph file that carries no evidence.', 'muted'));
    panel.append(list);
  }

  function relationItem(e, otherId, arrow) {
    const li = el('li');
    li.append(el('span', e.relation.replace(/_/g, ' '), 'relation'), document.createTextNode(' ' + arrow + ' '), nameElement(otherId));
    if (e.amount) li.append(document.createTextNode(' ' + e.amount));
    if (e.in_cycle) li.append(document.createTextNode(' '), el('span', 'cycle', 'badge cycle'));
    li.addEventListener('click', () => { selectOnly(cy.getElementById(e.id)); showEdge(e.id); });
    return li;
  }

  function showNode(id) {
    const n = nodeById.get(id);
    panel.replaceChildren();
    const h = el('h2');
    h.append(bdi(n.label_ar));
    if (n.label_en !== n.label_ar) h.append(document.createTextNode(' \u00b7 '), bdi(n.label_en));
    panel.append(h);
    const names = el('p', null, 'names');
    for (const a of n.aliases) names.append(bdi(a));
    panel.append(factsTable([
      ['type', typeCaption.get(n.type) || n.type], ['id', n.id], ['part of', n.part_of && nodeName(n.part_of)],
      ['names seen', n.aliases.length ? names : null], ['mentions', n.mentions],
      ['documents', n.documents], ['money', n.money_usd ? Number(n.money_usd).toLocaleString('en-US') + ' USD over its relations' : null],
      ['found by', n.method && n.method + ' (confidence ' + n.confidence.toFixed(2) + ')'],
    ]));
    const out = data.edges.filter((e) => e.source === id), inc = data.edges.filter((e) => e.target === id);
    if (out.length + inc.length) {
      panel.append(el('h2', 'Relations'));
      const ul = el('ul', null, 'relations');
      for (const e of out) ul.append(relationItem(e, e.target, e.symmetric ? '\u2194' : '\u2192'));
      for (const e of inc) ul.append(relationItem(e, e.source, e.symmetric ? '\u2194' : '\u2190'));
      panel.append(ul);
    }
  }

  function selectOnly(ele) {
    cy.elements().unselect();
    ele.select();
  }

  cy.on('tap', 'edge', (evt) => showEdge(evt.target.id()));
  cy.on('tap', 'node', (evt) => showNode(evt.target.id()));

  // ---- search --------------------------------------------------------------------------------------------

  const results = $('search-results');
  function goTo(id) {
    const node = cy.getElementById(id);
    if (node.hasClass('hidden')) node.removeClass('hidden');
    selectOnly(node);
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
    showNode(id);
    results.hidden = true;
  }
  function renderResults() {
    const q = $('search').value;
    const hits = search(q);
    cy.nodes().removeClass('match');
    results.replaceChildren();
    if (!fold(q)) { results.hidden = true; return; }
    for (const h of hits) cy.getElementById(h.id).addClass('match');
    for (const h of hits.slice(0, 15)) {
      const n = nodeById.get(h.id);
      const li = el('li');
      li.dataset.id = h.id;
      li.setAttribute('role', 'option');
      li.append(nameElement(h.id), document.createTextNode(' '), el('span', (typeCaption.get(n.type) || n.type) +
        (h.matched !== n.label_ar && h.matched !== n.label_en ? ' \u00b7 as ' : ''), 'hint'));
      if (h.matched !== n.label_ar && h.matched !== n.label_en) li.lastChild.append(bdi(h.matched));
      li.addEventListener('click', () => goTo(h.id));
      results.append(li);
    }
    if (hits.length === 0) results.append(el('li', 'no entity has this name', 'none'));
    if (hits.length > 15) results.append(el('li', `and ${hits.length - 15} more (highlighted in the graph)`, 'none'));
    results.hidden = false;
  }
  $('search').addEventListener('input', renderResults);
  $('search').addEventListener('keydown', (evt) => {
    if (evt.key === 'Enter') {
      const first = results.querySelector('li[data-id]');
      if (first) goTo(first.dataset.id);
    } else if (evt.key === 'Escape') {
      results.hidden = true;
    }
  });

  // ---- header controls -----------------------------------------------------------------------------------

  $('label-lang').value = labelLang;
  $('label-lang').addEventListener('change', () => {
    labelLang = $('label-lang').value;
    cy.batch(() => cy.nodes().forEach((n) => n.data('label', labelOf(nodeById.get(n.id())))));
    renderCycles();
  });
  $('layout').addEventListener('change', () => runLayout($('layout').value));
  $('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 30));

  $('layout').value = 'cose';
  runLayout('cose');
  applyFilters();

  // For scripts and tests driving the page (tests/html/page_test.mjs).
  window.kgraph = { cy, data, search, fold, showEdge, showNode };
})();
