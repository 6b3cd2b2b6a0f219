// Charts for the dashboards, drawn from the same feeds as the server-rendered tables (which stay: they are the
// accessible version of every chart). Fetched with the page session from /dashboard/data/...
(function () {
  'use strict';
  function feed(name) {
    var element = document.querySelector('[data-feed-name="' + name + '"]');
    // A feed the server already found missing is not asked again.
    if (!element || element.querySelector('.unavailable')) { return Promise.resolve(null); }
    return fetch(element.dataset.feed, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }
  function chartColour(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#00548a';
  }
  // A responsive chart takes its box's size, so the box gets a fixed height; a box without one would grow with
  // the chart, and the chart with the box, without end.
  function reveal(canvas, height) {
    canvas.closest('figure').hidden = false;
    canvas.parentElement.style.height = height + 'px';
  }

  function valuesChart() {
    var canvas = document.getElementById('values-chart');
    if (!canvas || typeof Chart === 'undefined') { return; }
    feed('values').then(function (rows) {
      if (!Array.isArray(rows) || rows.length === 0) { return; }
      var top = rows.slice(0, 15);
      reveal(canvas, Math.max(200, top.length * 28));
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: top.map(function (row) { return row.label || row.key; }),
          datasets: [{ label: document.querySelector('#values-heading').textContent, data: top.map(function (row) { return row.networks; }),
            backgroundColor: chartColour('--brand') }]
        },
        options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true, ticks: { precision: 0, color: '#1b1b1b' } }, y: { ticks: { color: '#1b1b1b' } } } }
      });
    });
  }

  function coverageChart() {
    var canvas = document.getElementById('coverage-chart');
    if (!canvas || typeof Chart === 'undefined') { return; }
    feed('coverage').then(function (report) {
      // The districts with a population; the row of people without a known district has no share to compare.
      var rows = report && Array.isArray(report.districts)
        ? report.districts.filter(function (row) { return row.populationShare != null; }) : [];
      if (rows.length === 0) { return; }
      var figure = canvas.closest('figure');
      reveal(canvas, Math.max(240, rows.length * 36));
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: rows.map(function (row) { return row.name || row.key; }),
          datasets: [
            { label: figure.dataset.population || 'population %', data: rows.map(function (row) { return 100 * row.populationShare; }),
              backgroundColor: '#6f777b' },
            { label: figure.dataset.participants || 'participants %', data: rows.map(function (row) { return 100 * (row.reachedShare || 0); }),
              backgroundColor: chartColour('--brand') }
          ]
        },
        options: { indexAxis: 'y', maintainAspectRatio: false, animation: false,
          scales: { x: { beginAtZero: true, ticks: { color: '#1b1b1b' } }, y: { ticks: { color: '#1b1b1b' } } } }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    valuesChart();
    coverageChart();
  });
})();
