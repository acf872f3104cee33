// The graph view: the neighbourhood of any node, drawn with Cytoscape.js and
// fed by the GraphQL API. Clicking a node shows what it is (for a claim: the
// quote and the letter it comes from) and expands its own neighbourhood.
(function () {
  'use strict';

  var EVIDENCE = 'evidence { quote start end document { id title kamerstuk date } }';
  var ACTOR = '__typename id name';
  var NEIGHBOURHOOD = [
    'query Neighbourhood($id: ID!) { node(id: $id) { __typename id',
    '... on Meeting { name startDate city',
    '  attendances { id status office actor { ' + ACTOR + ' } ' + EVIDENCE + ' }',
    '  decisions(first: 40) { nodes { id kind status summary topics { id name } ' + EVIDENCE + ' } }',
    '  documents { id title kamerstuk date } preparedBy { id name } prepares { id name } }',
    '... on Person { name offices { title from to } attendances { id status office meeting { id name startDate } ' + EVIDENCE + ' } }',
    '... on Country { name stances(first: 40) { nodes { id date summary meeting { id name } ' + EVIDENCE + ' } } attendances { id status meeting { id name startDate } ' + EVIDENCE + ' } }',
    '... on Organization { name decisions(first: 30) { nodes { id date kind status summary meeting { id name } ' + EVIDENCE + ' } } }',
    '... on Group { name members { member { ' + ACTOR + ' } } attendances { id status meeting { id name startDate } ' + EVIDENCE + ' } }',
    '... on Topic { name decisions(first: 30) { nodes { id date summary meeting { id name } ' + EVIDENCE + ' } } stances(first: 30) { nodes { id date summary ' + EVIDENCE + ' } } }',
    '... on Decision { summary date kind status meeting { id name } decidedBy { ' + ACTOR + ' } subjects { ' + ACTOR + ' } topics { id name } ' + EVIDENCE + ' }',
    '... on Commitment { summary date meeting { id name } committedBy { ' + ACTOR + ' } topics { id name } ' + EVIDENCE + ' }',
    '... on Stance { summary date meeting { id name } heldBy { ' + ACTOR + ' } subjects { ' + ACTOR + ' } topics { id name } ' + EVIDENCE + ' }',
    // Aliased: an attendance's status and meeting have other types than a claim's.
    '... on Attendance { summary attendanceStatus: status attendedMeeting: meeting { id name } actor { ' + ACTOR + ' } ' + EVIDENCE + ' }',
    '... on Document { title kamerstuk date meetings { id name } signatories { id name } }',
    '} }',
  ].join('\n');

  var COLOURS = { Meeting: '#1f5fa8', Person: '#2e8b57', Country: '#b8860b', Organization: '#8b3a62', Group: '#8b3a62', Topic: '#555',
    Decision: '#c0392b', Commitment: '#d35400', Stance: '#7d3c98', Attendance: '#16a085', Document: '#34495e' };

  var cy = cytoscape({
    container: document.getElementById('graph'),
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', color: '#222', 'font-size': 10,
        'text-wrap': 'wrap', 'text-max-width': 140, width: 22, height: 22 } },
      { selector: 'node.centre', style: { width: 36, height: 36, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#bbb', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#888' } },
    ],
  });
  // Kept reachable for the browser tests and for anyone poking at the view from the console.
  window.summitgraphView = cy;
  var details = document.getElementById('details');
  var expanded = {};
  var info = {};

  function typeOf(id) { var prefix = id.split(':')[0]; return { meeting: 'Meeting', person: 'Person', country: 'Country', org: 'Organization',
    group: 'Group', topic: 'Topic', decision: 'Decision', commitment: 'Commitment', stance: 'Stance', attendance: 'Attendance', document: 'Document' }[prefix]; }

  function label(item) {
    if (item.name) return item.name;
    if (item.title) return item.title;
    if (item.summary) return item.summary.length > 60 ? item.summary.slice(0, 57) + '…' : item.summary;
    if (item.status) return item.status;
    return item.id;
  }

  function addNode(item, type) {
    if (!item || !item.id) return;
    var t = type || item.__typename || typeOf(item.id);
    info[item.id] = Object.assign(info[item.id] || {}, item, { __typename: t });
    if (cy.getElementById(item.id).length === 0) {
      cy.add({ group: 'nodes', data: { id: item.id, label: label(item), colour: COLOURS[t] || '#999', type: t } });
    }
  }

  function addEdge(from, to, text) {
    if (!from || !to) return;
    var id = from + '->' + to + ':' + text;
    if (cy.getElementById(id).length === 0) cy.add({ group: 'edges', data: { id: id, source: from, target: to, label: text } });
  }

  function link(centre, items, text, reverse) {
    (items || []).forEach(function (item) {
      if (!item) return;
      addNode(item);
      if (reverse) addEdge(item.id, centre, text); else addEdge(centre, item.id, text);
    });
  }

  function nodesOf(connection) { return connection ? connection.nodes : []; }

  function expand(id) {
    if (expanded[id]) return Promise.resolve();
    expanded[id] = true;
    return fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NEIGHBOURHOOD, variables: { id: id } }) })
      .then(function (r) { return r.json(); })
      .then(function (result) {
        var n = result.data && result.data.node;
        if (!n) { details.textContent = 'Nothing in the graph has the id ' + id + '.'; return; }
        addNode(n);
        link(id, n.attendances, 'attendance');
        (n.attendances || []).forEach(function (a) { link(a.id, [a.actor], 'by'); link(a.id, [a.meeting], 'at'); });
        link(id, nodesOf(n.decisions), 'decision');
        link(id, nodesOf(n.stances), 'stance');
        link(id, n.documents, 'letter', true);
        link(id, n.preparedBy, 'prepared', true);
        link(id, n.prepares, 'prepared');
        link(id, n.meetings, 'about');
        link(id, n.signatories, 'signed by');
        link(id, n.meeting ? [n.meeting] : n.attendedMeeting ? [n.attendedMeeting] : [], 'at');
        link(id, n.decidedBy || n.committedBy || n.heldBy || (n.actor ? [n.actor] : []), 'by');
        link(id, n.subjects, 'about');
        link(id, n.topics, 'topic');
        link(id, (n.members || []).map(function (m) { return m.member; }), 'member');
        cy.getElementById(id).addClass('centre');
        // Rings by how connected a node is: deterministic, and nodes never overlap.
        cy.layout({ name: 'concentric', animate: false, avoidOverlap: true, minNodeSpacing: 18,
          concentric: function (node) { return node.hasClass('centre') ? 1000 : node.degree(); },
          levelWidth: function () { return 2; } }).run();
        show(id);
        document.body.setAttribute('data-nodes', String(cy.nodes().length));
      });
  }

  function escape(text) { return String(text).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  function show(id) {
    var item = info[id] || { id: id };
    var html = '<h2>' + escape(label(item)) + '</h2><p class="type">' + escape(item.__typename || '') + ' · <code>' + escape(id) + '</code></p>';
    if (item.summary) html += '<p>' + escape(item.summary) + '</p>';
    (item.evidence || []).forEach(function (e) {
      html += '<blockquote>' + escape(e.quote) + '</blockquote><p class="source">' +
        '<a href="/graph?id=' + encodeURIComponent(e.document.id) + '">' + escape(e.document.title || e.document.id) + '</a>' +
        (e.document.kamerstuk ? ', Kamerstuk ' + escape(e.document.kamerstuk) : '') + (e.document.date ? ', ' + escape(e.document.date) : '') +
        ', characters ' + e.start + '–' + e.end + '</p>';
    });
    html += '<p><a href="/graph?id=' + encodeURIComponent(id) + '">Centre the view here</a></p>';
    details.innerHTML = html;
  }

  cy.on('tap', 'node', function (event) {
    var id = event.target.id();
    show(id);
    expand(id);
  });

  var start = new URLSearchParams(location.search).get('id') || 'meeting:2021-06-14-brussels';
  document.getElementById('centre').value = start;
  expand(start);
})();
