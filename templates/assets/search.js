/* SmartSite 站内搜索：读取 search/index.js 设置的 window.SMARTSITE_SEARCH，在浏览器中离线检索。
 * Plain ES2017, no dependencies. Index format: Sources/HTMLSite/Search/SearchIndex.swift.
 * The key functions mirror SearchText.swift exactly; under node they are exported for tests. */
(function () {
  'use strict';
  var SPACES = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
  var ODD_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|  |^ | $/;
  var WORD = /^[0-9a-z]$/;
  var TERMINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
  var DIGIT = {};
  for (var d = 0; d < 32; d++) { DIGIT[TERMINAL.charCodeAt(d)] = d; DIGIT['WXYZabcdefghijklmnopqrstuvwxyz_$'.charCodeAt(d)] = d + 32; }
  var LIMIT = 50;

  /** Trim, collapse spaces, full-width ASCII → half-width, lower-case ASCII (as SearchText.normalise). */
  function normalise(text) {
    var s = String(text);
    if (/[\uff01-\uff5e]/.test(s)) s = s.replace(/[\uff01-\uff5e]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xfee0); });
    if (/[A-Z]/.test(s)) s = s.replace(/[A-Z]+/g, function (w) { return w.toLowerCase(); });
    return ODD_SPACE.test(s) ? s.replace(SPACES, ' ').trim() : s;
  }

  /** The space-separated terms of a query; every term must match (AND). */
  function terms(query) {
    var q = normalise(query);
    return q ? q.split(' ') : [];
  }

  /** A term cut into runs: ASCII words and runs of other code points. */
  function runs(term) {
    var out = [], cur = null;
    for (var ch of term) {
      var word = WORD.test(ch);
      if (!cur || cur.word !== word) { cur = { word: word, chars: [] }; out.push(cur); }
      cur.chars.push(ch);
    }
    return out;
  }

  /** The index keys of normalised text (as SearchText.keys): ASCII words and code-point bigrams. */
  function keysOf(text) {
    var keys = new Set();
    text.split(' ').forEach(function (part) {
      runs(part).forEach(function (run) {
        if (run.word) { keys.add(run.chars.join('')); return; }
        for (var i = 1; i < run.chars.length; i++) keys.add(run.chars[i - 1] + run.chars[i]);
      });
    });
    return Array.from(keys);
  }

  /** Decodes the posting list in `s` from `from` to `to` (gaps minus one, base 32, see PostingCoding). */
  function decodeList(s, from, to) {
    var list = [], acc = 0, last = -1;
    for (var i = from; i < to; i++) {
      var v = DIGIT[s.charCodeAt(i)];
      if (v >= 32) { acc = acc * 32 + v - 32; continue; }
      var gap = acc * 32 + v;
      last = last < 0 ? gap : last + gap + 1;
      list.push(last);
      acc = 0;
    }
    return list;
  }

  /** Reads window.SMARTSITE_SEARCH: entries with their normalised title and text, a key → posting-list
   * lookup and, per shared (dict) word, the entries using it. */
  function load(data) {
    var dict = data.dict, ndict = dict.map(normalise), byWord = dict.map(function () { return []; });
    var titles = [], hay = [];
    var entries = data.entries.map(function (e, n) {
      var words = [], nwords = [], group = data.groups[e[1]];
      for (var i = 2; i < e.length; i++) {
        var v = e[i];
        if (typeof v !== 'number') { words.push(v); nwords.push(normalise(v)); continue; }
        words.push(dict[v]); nwords.push(ndict[v]);
        if (byWord[v][byWord[v].length - 1] !== n) byWord[v].push(n);
      }
      titles.push(normalise(e[0]));
      hay.push(nwords.length ? titles[n] + ' ' + nwords.join(' ') : titles[n]);
      var fragment = typeof group[2] === 'number' ? words[group[2]] : group[2];
      return { title: e[0], kind: data.kinds[group[0]], url: group[1] + (fragment ? '#' + fragment : ''), text: words.join(' ') };
    });
    var slot = new Map(), asciiKeys = [], starts = [0];
    (data.keys ? data.keys.split(' ') : []).forEach(function (k, i) {
      slot.set(k, i);
      if (/^[0-9a-z]+$/.test(k)) asciiKeys.push(k);
    });
    for (var p = data.postings.indexOf(','); p >= 0; p = data.postings.indexOf(',', p + 1)) starts.push(p + 1);
    starts.push(data.postings.length + 1);
    return { entries: entries, titles: titles, hay: hay, slot: slot, words: asciiKeys, starts: starts,
             postings: data.postings, dict: ndict, byWord: byWord };
  }

  function list(index, key) {
    var i = index.slot.get(key);
    return i === undefined ? [] : decodeList(index.postings, index.starts[i], index.starts[i + 1] - 1);
  }

  /** Entries whose words match a query word: whole (inside a term), as suffix (term start), prefix (term end) or anywhere. */
  function wordList(index, w, atStart, atEnd) {
    if (!atStart && !atEnd) return list(index, w);
    return union(index.words.filter(function (k) {
      return atStart && atEnd ? k.indexOf(w) >= 0 : atStart ? k.endsWith(w) : k.startsWith(w);
    }).map(function (k) { return list(index, k); }));
  }

  function intersect(a, b) {
    var out = [], i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++; else if (a[i] > b[j]) j++; else { out.push(a[i]); i++; j++; }
    }
    return out;
  }

  function union(lists) {
    var seen = new Set();
    lists.forEach(function (l) { l.forEach(function (n) { seen.add(n); }); });
    return Array.from(seen).sort(function (a, b) { return a - b; });
  }

  /** Entries that may contain the term: all its keys in title or own words, or a shared word containing it; null = any. */
  function termCandidates(index, term) {
    var lists = [], parts = runs(term);
    parts.forEach(function (run, r) {
      if (run.word) lists.push(wordList(index, run.chars.join(''), r === 0, r === parts.length - 1));
      else for (var i = 1; i < run.chars.length; i++) lists.push(list(index, run.chars[i - 1] + run.chars[i]));
    });
    if (!lists.length) return null;
    lists.sort(function (a, b) { return a.length - b.length; });
    var shared = [lists.reduce(intersect)];
    index.dict.forEach(function (w, i) { if (index.byWord[i].length && w.indexOf(term) >= 0) shared.push(index.byWord[i]); });
    return shared.length > 1 ? union(shared) : shared[0];
  }

  /** Entry numbers that may match every term, or null when no term narrows the search (check all). */
  function candidates(index, queryTerms) {
    var lists = queryTerms.map(function (t) { return termCandidates(index, t); }).filter(Boolean);
    if (!lists.length) return null;
    lists.sort(function (a, b) { return a.length - b.length; });
    return lists.reduce(intersect);
  }

  /** Orders entry numbers: all terms in the title first, then shorter titles, then index order. */
  function rank(index, numbers, queryTerms) {
    var keys = new Float64Array(numbers.length), scale = 2097152;
    numbers.forEach(function (n, i) {
      var title = index.titles[n];
      var inTitle = queryTerms.every(function (t) { return title.indexOf(t) >= 0; });
      keys[i] = ((inTitle ? 0 : 65536) + Math.min(title.length, 65535)) * scale + n;
    });
    keys.sort();
    return Array.from(keys, function (k) { return k % scale; });
  }

  /** Entries containing every term of `query` in title or text (substring, exact), ranked, at most `limit`. */
  function search(index, query, limit) {
    var queryTerms = terms(query);
    if (!queryTerms.length) return { terms: queryTerms, total: 0, counts: {}, results: [] };
    var cand = candidates(index, queryTerms), matches = [];
    var check = function (n) {
      var all = index.hay[n];
      if (queryTerms.every(function (t) { return all.indexOf(t) >= 0; })) matches.push(n);
    };
    if (cand) cand.forEach(check); else for (var n = 0; n < index.entries.length; n++) check(n);
    var counts = {};
    matches.forEach(function (m) { var k = index.entries[m].kind; counts[k] = (counts[k] || 0) + 1; });
    var ranked = rank(index, matches, queryTerms).slice(0, limit || LIMIT);
    return { terms: queryTerms, total: matches.length, counts: counts, results: ranked.map(function (m) { return index.entries[m]; }) };
  }

  var api = { normalise: normalise, terms: terms, keysOf: keysOf, decodeList: decodeList, load: load,
              candidates: candidates, rank: rank, search: search, LIMIT: LIMIT };
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; return; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** At most 100 characters of an entry's words (a case's words hold its whole text). */
  function excerpt(text) {
    var chars = Array.from(text);
    return chars.length > 100 ? chars.slice(0, 100).join('') + '…' : text;
  }

  function render(region, result, query, root) {
    region.textContent = '';
    if (!result.terms.length) return;
    var summary = Object.keys(result.counts).map(function (k) { return k + ' ' + result.counts[k]; }).join('，');
    region.appendChild(el('p', 'search-status', result.total
      ? '“' + query.trim() + '”找到 ' + result.total + ' 条结果：' + summary + (result.total > result.results.length ? '；显示前 ' + result.results.length + ' 条。' : '。')
      : '没有找到与“' + query.trim() + '”相关的结果。请换用较短的关键词，或用空格分开多个关键词。'));
    if (!result.total) return;
    var ol = el('ol', 'search-list');
    result.results.forEach(function (e) {
      var li = el('li');
      li.appendChild(el('span', 'search-kind', e.kind));
      li.appendChild(document.createTextNode(' '));
      var relative = !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(e.url);
      var a = el(relative ? 'a' : 'span', 'search-title', e.title);
      if (relative) a.setAttribute('href', root + e.url);
      li.appendChild(a);
      if (e.text) li.appendChild(el('p', 'search-meta', excerpt(e.text)));
      ol.appendChild(li);
    });
    region.appendChild(ol);
  }

  function init() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var region = document.getElementById('search-results');
    if (!form || !input || !region) return;
    if (!window.SMARTSITE_SEARCH) { region.textContent = '搜索索引未能加载，请从导航进入各页面查找。'; return; }
    var index = load(window.SMARTSITE_SEARCH);
    var root = region.getAttribute('data-root') || '';
    var timer = 0;
    var run = function () {
      clearTimeout(timer);
      var q = input.value;
      render(region, search(index, q, LIMIT), q, root);
      try { history.replaceState(null, '', q.trim() ? '?q=' + encodeURIComponent(q.trim()) : location.pathname); } catch (e) { /* file:// may refuse */ }
    };
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 200); });
    var q = new URLSearchParams(location.search).get('q');
    if (q) { input.value = q; run(); }
  }

  // The page puts this script after the form and results, so they exist already; otherwise wait.
  if (document.getElementById('search-results')) init(); else document.addEventListener('DOMContentLoaded', init);
})();
