// Unit tests of templates/assets/search.js under node (v18+), run by hand or by the browser tests:
//   node Tests/HTMLSiteTests/Search/search.test.js                       (fixture-index.js, written by SearchTests)
//   node Tests/HTMLSiteTests/Search/search.test.js output/search/index.js  (a built site: exactness and latency)
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const s = require(path.join(__dirname, '../../../templates/assets/search.js'));

const indexFile = process.argv[2] || path.join(__dirname, 'fixture-index.js');
const usingFixture = !process.argv[2];
const sandbox = { window: {} };
vm.runInNewContext(fs.readFileSync(indexFile, 'utf8'), sandbox);
const data = sandbox.window.SMARTSITE_SEARCH;
const index = s.load(data);
const titles = (q, limit) => s.search(index, q, limit).results.map((e) => e.title);

test('normalise: trim, collapse spaces, full-width to half-width, ASCII lower case only', () => {
  assert.equal(s.normalise('  ＪＳ２０２４－３２０１　南京  \t学校 '), 'js2024-3201 南京 学校');
  assert.equal(s.normalise('ABC Ｚ！'), 'abc z!');
  assert.equal(s.normalise('É\u00a0x'), 'É x');
  assert.deepEqual(s.terms(' 南京　学校 '), ['南京', '学校']);
  assert.deepEqual(s.terms('   '), []);
});

test('decodeList reads PostingCoding', () => {
  assert.deepEqual(s.decodeList('000', 0, 3), [0, 1, 2]);
  assert.deepEqual(s.decodeList('X1', 0, 2), [33]);
});

test('keysOf cuts text exactly as the Swift index builder', () => {
  assert.deepEqual(s.keysOf('港城东路abc中学 js2024-320104-0002').sort(),
    ['0002', '320104', 'abc', 'js2024', '东路', '中学', '城东', '港城'].sort());
  const dict = new Set(data.dict);
  const expected = new Set();
  data.entries.forEach((e) => {
    const own = e.slice(2).filter((w) => typeof w === 'string' && !dict.has(w)).join(' ');
    s.keysOf(s.normalise(e[0]) + ' ' + s.normalise(own)).forEach((k) => expected.add(k));
  });
  assert.deepEqual([...expected].sort(), (data.keys ? data.keys.split(' ') : []).sort());
});

test('load rebuilds every entry', () => {
  assert.equal(index.entries.length, data.entries.length);
  index.entries.forEach((e) => { assert.ok(e.title && e.kind && e.url && !e.url.includes('undefined')); });
});

test('fixture queries', { skip: !usingFixture }, () => {
  assert.deepEqual(titles('苏州').slice(0, 3), ['苏州市', '苏州市姑苏区', '苏州工业园区星湖街学校新建工程']);
  assert.deepEqual(titles('港城东'), ['南京市秦淮区港城东路高级中学扩建工程']);
  assert.deepEqual(titles('智建云'), ['江苏智建云科技有限公司', '南京市秦淮区港城东路高级中学扩建工程']);
  assert.deepEqual(titles('筑联信息'), ['南京筑联信息技术有限公司', '苏州工业园区星湖街学校新建工程']);
  for (const id of ['JS2024-320104-0002', 'js2024-320104-0002', 'ＪＳ２０２４－３２０１０４－０００２', '2024-320104-0002']) {
    assert.deepEqual(titles(id), ['南京市秦淮区港城东路高级中学扩建工程'], id);
  }
  // 星湖街学校 is found through its provider, 南京筑联信息技术有限公司.
  assert.deepEqual(titles('南京 学校'), ['南京市鼓楼区实验学校改造工程', '秦淮区学校工程', '苏州工业园区星湖街学校新建工程']);
  assert.deepEqual(titles('学校 南京'), titles('南京 学校'));
  assert.deepEqual(titles('<script>'), ['<script>alert(1)</script>工程']);
  assert.deepEqual(titles('s1号'), ['Ｓ１号楼　ＡＢＣ工程']);
  assert.deepEqual(titles('𠀀字'), ['𠀀字街改造工程']);
  assert.deepEqual(titles('秦'), ['南京市秦淮区', '秦淮区学校工程', '南京市秦淮区港城东路高级中学扩建工程', '<script>alert(1)</script>工程']);
  assert.deepEqual(titles('320104').length, 4);
  assert.deepEqual(titles('3201'), ['南京市', '南京市秦淮区', '秦淮区学校工程', '南京市鼓楼区实验学校改造工程',
    '南京市秦淮区港城东路高级中学扩建工程', '<script>alert(1)</script>工程']);
  assert.deepEqual(titles('不存在'), []);
  assert.deepEqual(titles(''), []);
  const r = s.search(index, '工程', 2);
  assert.equal(r.results.length, 2);
  assert.equal(r.total, 7);
  assert.equal(r.counts['项目'], 7);
  const hit = s.search(index, 'JS2024-320104-0002').results[0];
  assert.equal(hit.url, 'lists/excellent.html#JS2024-320104-0002');
  assert.equal(hit.kind, '项目');
  assert.match(hit.text, /^JS2024-320104-0002 南京市 秦淮区 /);
});

// Every query's results equal a plain substring scan of all entries: the index never loses a match.
test('results equal a full scan (random fragments, ids, pairs)', () => {
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const hay = Array.from(index.entries, (e) => s.normalise(e.title + ' ' + e.text));
  const scan = (q) => {
    const ts = s.terms(q);
    return Array.from(hay.keys()).filter((n) => ts.length && ts.every((t) => hay[n].includes(t)));
  };
  const queries = [];
  for (let i = 0; i < 300; i++) {
    const chars = Array.from(hay[rnd(hay.length)]);
    const len = 1 + rnd(5), at = rnd(Math.max(1, chars.length - len));
    queries.push(chars.slice(at, at + len).join('').trim());
  }
  for (let i = 0; i < 50; i++) queries.push(queries[rnd(queries.length)] + ' ' + queries[rnd(queries.length)]);
  const byEntry = new Map(index.entries.map((e, n) => [e, n]));
  let slowest = 0;
  for (const q of queries.filter(Boolean)) {
    const t = process.hrtime.bigint();
    const r = s.search(index, q, Infinity);
    slowest = Math.max(slowest, Number(process.hrtime.bigint() - t) / 1e6);
    assert.deepEqual(r.results.map((e) => byEntry.get(e)).sort((a, b) => a - b), scan(q), q);
  }
  if (!usingFixture) console.log(`# ${index.entries.length} entries, slowest of ${queries.length} queries: ${slowest.toFixed(1)} ms`);
  assert.ok(slowest < 50, `slowest query ${slowest} ms`);
});

test('ranking: title matches first, then shorter titles, then index order', () => {
  const ranked = s.search(index, index.entries[0].title.slice(0, 2), Infinity).results;
  const q = s.terms(index.entries[0].title.slice(0, 2));
  const keyOf = (e) => [q.every((t) => s.normalise(e.title).includes(t)) ? 0 : 1, s.normalise(e.title).length];
  for (let i = 1; i < ranked.length; i++) {
    const a = keyOf(ranked[i - 1]), b = keyOf(ranked[i]);
    assert.ok(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]), ranked[i].title);
  }
});
