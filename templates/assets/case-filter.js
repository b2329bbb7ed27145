/* SmartSite 案例集筛选：在案例集页面按设区市、工程类别和技术标签即时筛选案例卡片。
 * Progressive enhancement: without JavaScript the page links to generated listing pages per city,
 * category and tag; with it, this script shows the filter form (hidden in the HTML), hides those
 * links and hides the cards that do not match (data-city, data-category, data-tags on each card).
 * Plain ES5, no dependencies, nothing fetched. */
(function () {
  'use strict';
  var form = document.getElementById('case-filters');
  var grid = document.getElementById('case-grid');
  if (!form || !grid) return;
  var cards = Array.prototype.slice.call(grid.querySelectorAll('li[data-city]'));
  var status = document.getElementById('case-filter-status');
  var empty = document.getElementById('case-filter-empty');
  var browse = document.getElementById('case-browse');
  var city = form.querySelector('select[name="city"]');
  var category = form.querySelector('select[name="category"]');
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="tag"]'));

  function checkedTags() {
    return boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function apply() {
    var wantCity = city ? city.value : '';
    var wantCategory = category ? category.value : '';
    var wantTags = checkedTags();
    var shown = 0;
    cards.forEach(function (card) {
      var tags = (card.getAttribute('data-tags') || '').split(' ');
      var match = (!wantCity || card.getAttribute('data-city') === wantCity) &&
        (!wantCategory || card.getAttribute('data-category') === wantCategory) &&
        wantTags.every(function (tag) { return tags.indexOf(tag) >= 0; });
      card.hidden = !match;
      if (match) shown++;
    });
    var filtered = wantCity || wantCategory || wantTags.length;
    if (status) {
      status.textContent = filtered ? '符合条件的案例 ' + shown + ' 个（共 ' + cards.length + ' 个）'
        : '共 ' + cards.length + ' 个案例';
    }
    if (empty) empty.hidden = shown > 0;
  }

  form.hidden = false;
  if (browse) browse.hidden = true;
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
