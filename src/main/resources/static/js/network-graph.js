// The connector's network map with Cytoscape.js, from the reach analysis: networks sized by members, coloured by
// cluster, circles for reached and diamonds for not yet reached networks (shape as well as colour); lines are
// shared members (thicker for more), dashed for PART_OF. The table below the map lists the
// same networks for keyboards and screen readers; the select finds a network in the map and says what it is.
(function () {
  'use strict';
  // Colours with at least 3:1 contrast against the white background.
  var PALETTE = ['#00548a', '#b10e1e', '#00703c', '#6f2c91', '#a14400', '#005a5b', '#7a5c00', '#c2185b'];
  document.addEventListener('DOMContentLoaded', function () {
    var view = document.querySelector('.graph-view');
    var container = document.getElementById('network-graph');
    var source = document.querySelector('[data-feed-name="graph"]');
    if (!view || !container || !source || typeof cytoscape === 'undefined') { return; }
    var details = document.getElementById('graph-details');
    var texts = document.getElementById('graph-texts').dataset;
    fetch(source.dataset.feed, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (graph) {
        if (!graph || !graph.nodes || graph.nodes.length === 0) { return; }
        view.hidden = false;
        var maxMembers = graph.nodes.reduce(function (max, n) { return Math.max(max, n.members); }, 1);
        var elements = graph.nodes.map(function (n) {
          return { data: { id: n.id, label: n.name, kind: n.kind, members: n.members, cluster: n.cluster,
            reached: n.reached, size: 16 + 44 * Math.sqrt(n.members / maxMembers),
            colour: n.cluster >= 0 ? PALETTE[n.cluster % PALETTE.length] : '#6f777b' } };
        }).concat(graph.edges.map(function (e, i) {
          return { data: { id: 'e' + i, source: e.source, target: e.target, type: e.type, weight: e.weight } };
        }));
        var cy = cytoscape({
          container: container,
          elements: elements,
          layout: { name: 'cose', animate: false, randomize: false },
          style: [
            { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
              label: 'data(label)', 'font-size': 10, color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 2 } },
            { selector: 'node[!reached]', style: { shape: 'diamond', 'background-opacity': 0.35, 'border-width': 3,
              'border-color': 'data(colour)' } },
            { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1b1b1b' } },
            // Shared members: the more people two networks share, the thicker the line.
            { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1, 6)', 'line-color': '#6f777b' } },
            { selector: 'edge[type = "PART_OF"]', style: { 'line-style': 'dashed' } },
            { selector: '.hidden', style: { display: 'none' } }
          ]
        });
        // How many networks the map drew, for whoever checks that it did.
        container.dataset.nodes = String(cy.nodes().length);
        function describe(node) {
          var d = node.data();
          details.textContent = texts.details.replace('{0}', d.label).replace('{1}', d.kind).replace('{2}', d.members)
            .replace('{3}', d.cluster).replace('{4}', d.reached ? texts.reached : texts.unreached);
        }
        cy.on('tap', 'node', function (event) { describe(event.target); });
        var select = document.getElementById('graph-find');
        graph.nodes.slice().sort(function (a, b) { return a.name.localeCompare(b.name); }).forEach(function (n) {
          var option = document.createElement('option');
          option.value = n.id;
          option.textContent = n.name;
          select.appendChild(option);
        });
        select.addEventListener('change', function () {
          if (!select.value) { return; }
          var node = cy.getElementById(select.value);
          cy.elements().unselect();
          node.select();
          cy.animate({ center: { eles: node }, zoom: 1.5 }, { duration: 0 });
          describe(node);
        });
        document.getElementById('graph-unreached').addEventListener('change', function (event) {
          cy.nodes('[?reached]').toggleClass('hidden', event.target.checked);
        });
      });
  });
})();
