// The graph view: the neighbourhood of any node, drawn with Cytoscape.js and
// fed by the GraphQL API. Nodes are placed by type around the node they were
// reached from (actors to the left, claims to the right in date order, letters
// and meetings above, topics below), never on top of another's label; an
// expansion places only the new nodes. Attendance is drawn as a labelled edge
// from the actor to the meeting. Clicking a node shows what it is (for a claim:
// the quote, a link to the letter at that place, its timeline) and expands it.
(function () {
  'use strict';

  var EVIDENCE = 'evidence { quote start end document { id title kamerstuk date } }';
  var ACTOR = '__typename id name ... on Organization { acronym }';
  var CLAIM = 'id date status summary topics { id name } subjects { ' + ACTOR + ' } meeting { id name startDate } ' + EVIDENCE;
  var DECISION = 'kind decidedBy { ' + ACTOR + ' } ' + CLAIM;
  var COMMITMENT = 'committedBy { ' + ACTOR + ' } ' + CLAIM;
  var STANCE = 'heldBy { ' + ACTOR + ' } ' + CLAIM;
  var MEETING = 'id name startDate';
  var ATTENDED = 'attendances { id status office meeting { ' + MEETING + ' } ' + EVIDENCE + ' }';
  // Each list of claims comes `$first` at a time (a few at first, all on asking), with its total.
  var DECISIONS = 'decisions(first: $first) { totalCount nodes { ' + DECISION + ' } }';
  var COMMITMENTS = 'commitments(first: $first) { totalCount nodes { ' + COMMITMENT + ' } }';
  var STANCES = 'stances(first: $first) { totalCount nodes { ' + STANCE + ' } }';
  var NEIGHBOURHOOD = [
    'query Neighbourhood($id: ID!, $first: Int!) { node(id: $id) { __typename id',
    '... on Meeting { name startDate city',
    '  attendances { id status office actor { ' + ACTOR + ' } ' + EVIDENCE + ' }',
    '  ' + DECISIONS + ' ' + COMMITMENTS + ' ' + STANCES,
    '  documents { id title kamerstuk date } preparedBy { ' + MEETING + ' } prepares { ' + MEETING + ' } }',
    '... on Person { name offices { title from to } ' + ATTENDED + ' ' + COMMITMENTS + ' ' + STANCES + ' }',
    '... on Country { name nameNl ' + ATTENDED + ' ' + STANCES + ' ' + COMMITMENTS + ' }',
    '... on Organization { name acronym ' + ATTENDED + ' ' + DECISIONS + ' }',
    '... on Group { name members { member { ' + ACTOR + ' } } ' + ATTENDED + ' }',
    '... on Topic { name nameNl ' + DECISIONS + ' ' + STANCES + ' ' + COMMITMENTS + ' }',
    '... on Decision { ' + DECISION + ' }',
    '... on Commitment { ' + COMMITMENT + ' }',
    '... on Stance { ' + STANCE + ' }',
    // Aliased: an attendance's status and meeting have other types than a claim's.
    '... on Attendance { summary attendanceStatus: status office attendedMeeting: meeting { ' + MEETING + ' } actor { ' + ACTOR + ' } ' + EVIDENCE + ' }',
    '... on Document { title kamerstuk date meetings { ' + MEETING + ' } signatories { id name } }',
    // Aliased, as an office's title and a session's meeting are non-null where a document's and a claim's are not.
    '... on Office { officeTitle: title } ... on Session { name sessionMeeting: meeting { ' + MEETING + ' } }',
    '} }',
  ].join('\n');
  var LOOKUP = 'query Lookup($text: String!) { lookup(text: $text, first: 8) { name matched exact node { __typename id } } }';

  // Node types: colour, shape, the side of the node they were reached from, and their order there.
  var TYPES = {
    Meeting: { colour: '#1f5fa8', shape: 'round-rectangle', side: 'top', label: 'Meeting' },
    Document: { colour: '#34495e', shape: 'rectangle', side: 'top', label: 'Letter' },
    Person: { colour: '#2e8b57', shape: 'ellipse', side: 'left', label: 'Person' },
    Country: { colour: '#b8860b', shape: 'ellipse', side: 'left', label: 'Country' },
    Organization: { colour: '#8b3a62', shape: 'ellipse', side: 'left', label: 'Organization' },
    Group: { colour: '#a0522d', shape: 'ellipse', side: 'left', label: 'Group' },
    Decision: { colour: '#c0392b', shape: 'diamond', side: 'right', label: 'Decision' },
    Commitment: { colour: '#d35400', shape: 'diamond', side: 'right', label: 'Commitment' },
    Stance: { colour: '#7d3c98', shape: 'diamond', side: 'right', label: 'Stance' },
    Topic: { colour: '#607080', shape: 'hexagon', side: 'bottom', label: 'Topic' },
  };
  // Edge kinds: colour and line style, with what they mean in the legend.
  var EDGES = {
    attended: { colour: '#2e8b57', line: 'solid', label: 'attended (actor → meeting)' },
    expected: { colour: '#2e8b57', line: 'dashed', label: 'planned, invited or represented (actor → meeting)' },
    at: { colour: '#1f5fa8', line: 'solid', label: 'claim made at a meeting' },
    by: { colour: '#7d3c98', line: 'solid', label: 'who decided, committed or holds the stance' },
    about: { colour: '#b8860b', line: 'dotted', label: 'what a claim is about (subject)' },
    topic: { colour: '#607080', line: 'dotted', label: 'topic of a claim' },
    letter: { colour: '#34495e', line: 'dashed', label: 'letter about a meeting, or signed by' },
    prepared: { colour: '#1f5fa8', line: 'dashed', label: 'meeting that prepared another' },
    member: { colour: '#a0522d', line: 'dotted', label: 'member of a group' },
  };
  var KIND_OF_TYPE = { Decision: 'decision', Commitment: 'commitment', Stance: 'stance' };

  var graph = document.getElementById('graph');
  var details = document.getElementById('details');
  var statusBar = document.getElementById('status');
  var tip = document.getElementById('tip');

  var style = [
    { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', shape: 'data(shape)', color: '#222',
      'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 150, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1, width: 16, height: 16 } },
    { selector: 'node.centre', style: { width: 28, height: 28, 'font-weight': 'bold', 'font-size': 12 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
    { selector: 'node.loading', style: { 'border-width': 3, 'border-color': '#999', 'border-style': 'dashed' } },
    { selector: 'node.failed', style: { 'border-width': 3, 'border-color': '#c0392b' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'edge', style: { width: 1.2, 'line-color': 'data(colour)', 'line-style': 'data(line)', 'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(colour)', 'arrow-scale': 0.7, 'curve-style': 'bezier', opacity: 0.7 } },
    // Attendance edges say who and how, beside the actor they start from.
    // Attendance edges say who and how, at the far end from the node they were reached from, where edges do not crowd.
    { selector: 'edge[caption]', style: { 'font-size': 10, color: '#1b5e3a', 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 1 } },
    { selector: 'edge[caption][near = "source"]', style: { 'source-label': 'data(caption)', 'source-text-offset': 'data(offset)', 'source-text-rotation': 'autorotate' } },
    { selector: 'edge[caption][near = "target"]', style: { 'target-label': 'data(caption)', 'target-text-offset': 'data(offset)', 'target-text-rotation': 'autorotate' } },
    { selector: 'edge:selected', style: { width: 3, opacity: 1 } },
  ];
  var cy = cytoscape({ container: graph, style: style, minZoom: 0.25, maxZoom: 2, wheelSensitivity: 0.3, boxSelectionEnabled: false });
  // Kept reachable for the browser tests and for anyone poking at the view from the console.
  window.summitgraphView = cy;

  var MAX_FIT_ZOOM = 1.3;
  // Claims of each kind a node shows when first expanded; the details panel offers the rest.
  var FIRST = 12;
  var MAX_FIRST = 60;
  var expanded = {};
  var counts = {};
  var selected = null;
  var pending = {};
  var info = {};
  var hiddenTypes = {};

  // ---- talking to the API -------------------------------------------------

  /** Runs an operation; rejects with an error whose message says what went wrong: the network, the HTTP status, or the API's error codes. */
  function api(query, variables) {
    return fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query, variables: variables }) })
      .catch(function (error) {
        throw new Error('The service could not be reached (network error: ' + error.message + '). Check that it is running, then retry.');
      })
      .then(function (response) {
        return response.text().then(function (text) {
          var body = null;
          try { body = JSON.parse(text); } catch (ignored) { body = null; }
          var errors = body && body.errors ? body.errors : [];
          if (errors.length > 0) {
            throw new Error((response.ok ? '' : 'HTTP ' + response.status + ': ') + errors.map(function (e) {
              return e.message + (e.extensions && e.extensions.code ? ' [' + e.extensions.code + ']' : '');
            }).join('; '));
          }
          if (!response.ok) throw new Error('The service answered HTTP ' + response.status + ' ' + response.statusText + (text ? ': ' + text.slice(0, 200) : '') + '.');
          if (!body || !body.data) throw new Error('The service answered without data.');
          return body.data;
        });
      });
  }

  function showError(message, retry) {
    statusBar.innerHTML = '';
    statusBar.className = 'error';
    var text = document.createElement('span');
    text.textContent = message;
    statusBar.appendChild(text);
    if (retry) {
      var button = document.createElement('button');
      button.type = 'button';
      button.id = 'retry';
      button.textContent = 'Retry';
      button.addEventListener('click', function () { clearStatus(); retry(); });
      statusBar.appendChild(button);
    }
    statusBar.hidden = false;
  }

  function clearStatus() {
    statusBar.hidden = true;
    statusBar.className = '';
    statusBar.innerHTML = '';
  }

  // ---- labels -------------------------------------------------------------

  function shorten(text, length) { return text.length > length ? text.slice(0, length - 1) + '…' : text; }

  /** The short name of an actor in captions: a person's surname, an organization's acronym. */
  function shortName(actor) {
    if (!actor) return '';
    if (actor.acronym) return actor.acronym;
    if ((actor.__typename || typeOf(actor.id)) === 'Person' && actor.name) return actor.name.split(' ').slice(-1)[0];
    return actor.name || actor.id;
  }

  /** A claim in a few words: holder · kind · topic, and its date. */
  function claimCaption(item, type) {
    var holders = item.decidedBy || item.committedBy || item.heldBy || [];
    var kind = item.kind ? item.kind.toLowerCase() : KIND_OF_TYPE[type];
    if (item.status === 'EXPECTED') kind += ' (expected)';
    // The first topic by id: the API does not rank a claim's topics, and a caption should not change between visits.
    var topics = (item.topics || []).slice().sort(function (a, b) { return a.id.localeCompare(b.id); });
    var topic = topics.length ? topics[0].name : item.subjects && item.subjects.length ? shortName(item.subjects[0]) : '';
    var parts = [holders.length ? holders.slice(0, 2).map(shortName).join(', ') + (holders.length > 2 ? ' +' + (holders.length - 2) : '') : null, kind, topic ? shorten(topic, 28) : null];
    return parts.filter(Boolean).join(' · ') + (item.date ? '\n' + item.date : '');
  }

  function label(item, type) {
    if (KIND_OF_TYPE[type]) return claimCaption(item, type);
    if (type === 'Meeting') return shorten(item.name || item.id, 40) + (item.startDate ? '\n' + item.startDate : '');
    if (type === 'Document') return shorten(item.title || item.id, 48) + (item.date ? '\n' + item.date : '');
    return item.name || item.title || item.id;
  }

  function typeOf(id) {
    var prefix = id.split(':')[0];
    return { meeting: 'Meeting', person: 'Person', country: 'Country', org: 'Organization', group: 'Group', topic: 'Topic', decision: 'Decision',
      commitment: 'Commitment', stance: 'Stance', attendance: 'Attendance', document: 'Document', office: 'Office' }[prefix];
  }

  /** The date a node sorts by on its side: a claim's or letter's date, a meeting's start. */
  function dateOf(id) {
    var item = info[id] || {};
    return item.date || item.startDate || '';
  }

  // ---- adding to the graph ------------------------------------------------

  function addNode(item, added) {
    if (!item || !item.id) return;
    var t = item.__typename || typeOf(item.id) || 'Other';
    var known = info[item.id] || {};
    info[item.id] = Object.assign(known, item, { __typename: t });
    var node = cy.getElementById(item.id);
    var type = TYPES[t] || { colour: '#999', shape: 'ellipse' };
    if (node.length === 0) {
      node = cy.add({ group: 'nodes', data: { id: item.id, label: label(info[item.id], t), colour: type.colour, shape: type.shape, type: t } });
      if (hiddenTypes[t]) node.addClass('hidden');
      added.push(item.id);
    } else {
      node.data('label', label(info[item.id], t));
    }
  }

  function addEdge(from, to, kind, extra) {
    if (!from || !to || from === to) return;
    var id = from + '->' + to + ':' + kind + (extra && extra.status ? ':' + extra.status : '');
    var style = EDGES[kind];
    var edge = cy.getElementById(id);
    if (edge.length === 0) {
      cy.add({ group: 'edges', data: Object.assign({ id: id, source: from, target: to, kind: kind, colour: style.colour, line: style.line }, extra || {}) });
    } else if (extra && extra.evidence) {
      // The same attendance reported by several letters: one edge, every quote.
      edge.data('evidence', (edge.data('evidence') || []).concat(extra.evidence));
    }
  }

  function link(from, items, kind, reverse, added) {
    (items || []).forEach(function (item) {
      if (!item) return;
      addNode(item, added);
      if (reverse) addEdge(item.id, from, kind); else addEdge(from, item.id, kind);
    });
  }

  /** An attendance, drawn as an edge from the actor to the meeting: "Rutte · attended", written near the end that is not `from`. */
  function addAttendance(actor, meeting, attendance, from, added) {
    if (!actor || !meeting) return;
    addNode(actor, added);
    addNode(meeting, added);
    var status = (attendance.status || attendance.attendanceStatus || '').toLowerCase();
    var caption = shortName(actor) + ' · ' + status;
    addEdge(actor.id, meeting.id, status === 'attended' ? 'attended' : 'expected', {
      status: status,
      caption: caption,
      near: from === actor.id ? 'target' : 'source',
      // From the node's centre along the edge to the caption's middle: past the node (and, above one, its label).
      offset: caption.length * 3 + (from === actor.id ? 44 : 16),
      attendance: attendance.id,
      office: attendance.office || null,
      evidence: attendance.evidence || [],
    });
  }

  function has(list, id) { return (list || []).some(function (item) { return item && item.id === id; }); }

  /**
   * Adds a claim linked to the node it was reached from, by how it relates to
   * it (made at that meeting, held by that actor, about it, on that topic);
   * its other links are drawn when the claim itself is expanded, so that a
   * meeting does not bring every topic and actor of every claim with it.
   */
  function addClaim(claim, type, from, added) {
    addNode(Object.assign({ __typename: type }, claim), added);
    var holders = claim.decidedBy || claim.committedBy || claim.heldBy;
    if (has(holders, from)) addEdge(from, claim.id, 'by');
    else if (has(claim.subjects, from)) addEdge(claim.id, from, 'about');
    else if (has(claim.topics, from)) addEdge(claim.id, from, 'topic');
    else addEdge(claim.id, from, 'at');
  }

  /** Adds everything a claim links to: its meeting, who holds it, its subjects and topics. */
  function addClaimLinks(claim, added) {
    link(claim.id, claim.meeting ? [claim.meeting] : [], 'at', false, added);
    link(claim.id, claim.decidedBy || claim.committedBy || claim.heldBy, 'by', true, added);
    link(claim.id, claim.subjects, 'about', false, added);
    link(claim.id, claim.topics, 'topic', false, added);
  }

  function nodesOf(connection) { return connection ? connection.nodes : []; }

  /** Puts what the API answered for `n` into the graph; returns the ids of the nodes it added. */
  function addNeighbourhood(n) {
    var added = [];
    var id = n.id;
    if (n.__typename === 'Attendance') {
      addAttendance(n.actor, n.attendedMeeting, n, n.actor && n.actor.id, added);
      return added;
    }
    if (n.officeTitle) n.title = n.officeTitle;
    if (n.sessionMeeting) n.meeting = n.sessionMeeting;
    addNode(n, added);
    (n.attendances || []).forEach(function (a) {
      if (a.actor) addAttendance(a.actor, n, a, id, added); else addAttendance(n, a.meeting, a, id, added);
    });
    nodesOf(n.decisions).forEach(function (c) { addClaim(c, 'Decision', id, added); });
    nodesOf(n.commitments).forEach(function (c) { addClaim(c, 'Commitment', id, added); });
    nodesOf(n.stances).forEach(function (c) { addClaim(c, 'Stance', id, added); });
    if (KIND_OF_TYPE[n.__typename]) addClaimLinks(n, added);
    link(id, n.documents, 'letter', true, added);
    link(id, n.preparedBy, 'prepared', true, added);
    link(id, n.prepares, 'prepared', false, added);
    link(id, n.meetings, 'letter', false, added);
    if (n.__typename === 'Session') link(id, [n.meeting], 'at', false, added);
    link(id, n.signatories, 'letter', false, added);
    link(id, (n.members || []).map(function (m) { return m.member; }), 'member', true, added);
    return added;
  }

  // ---- layout: only the new nodes, around the node they were reached from ----

  var GAP = 14;
  // Room between a node and what it reaches through captioned (attendance) edges, for the captions.
  var CAPTION_GAP = 180;
  var TYPE_ORDER = Object.keys(TYPES);

  function boxOf(node) {
    var box = node.boundingBox({ includeLabels: true, includeOverlays: false, includeEdges: false });
    var at = node.position();
    return { w: box.w, h: box.h, dx: box.x1 - at.x, dy: box.y1 - at.y };
  }

  function overlaps(a, b) {
    return a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
  }

  /**
   * Places `ids` (new nodes) around `centreId`, on the side their type belongs
   * to, in columns (left and right) or rows (top and bottom) sorted by date, then type,
   * at the first place where a node's box with its label touches no other.
   * Nodes already in the graph do not move.
   */
  function placeAround(centreId, ids) {
    var centre = cy.getElementById(centreId);
    var origin = centre.position();
    var centreBox = centre.boundingBox({ includeLabels: true });
    var placed = cy.nodes().filter(function (node) { return ids.indexOf(node.id()) < 0; }).map(function (node) { return node.boundingBox({ includeLabels: true }); });
    var sides = { left: [], right: [], top: [], bottom: [] };
    ids.forEach(function (id) {
      if (id === centreId) return;
      var type = TYPES[info[id] && info[id].__typename];
      sides[type ? type.side : 'bottom'].push(id);
    });
    Object.keys(sides).forEach(function (side) {
      var group = sides[side].sort(function (a, b) {
        return dateOf(a).localeCompare(dateOf(b)) || TYPE_ORDER.indexOf(info[a].__typename) - TYPE_ORDER.indexOf(info[b].__typename) || a.localeCompare(b);
      });
      if (group.length === 0) return;
      var captioned = group.some(function (id) { return centre.edgesWith(cy.getElementById(id)).some(function (edge) { return edge.data('caption'); }); });
      var gap = captioned ? CAPTION_GAP : GAP;
      var boxes = group.map(function (id) { return boxOf(cy.getElementById(id)); });
      var cellW = Math.max.apply(null, boxes.map(function (b) { return b.w; })) + (captioned && (side === 'left' || side === 'right') ? CAPTION_GAP : GAP);
      var cellH = Math.max.apply(null, boxes.map(function (b) { return b.h; })) + GAP;
      var horizontal = side === 'left' || side === 'right';
      // Columns of at most 10 (left, right) or rows of at most 5 (top, bottom), centred on the node.
      var across = Math.min(group.length, horizontal ? 10 : 5);
      var slot = 0;
      group.forEach(function (id, i) {
        var box = boxes[i];
        for (var tries = 0; tries < 400; tries++, slot++) {
          var line = Math.floor(slot / across);
          var place = slot % across - (across - 1) / 2;
          var x, y;
          if (side === 'right') { x = centreBox.x2 + gap - box.dx + line * cellW; y = origin.y + place * cellH; }
          else if (side === 'left') { x = centreBox.x1 - gap - (box.w + box.dx) - line * cellW; y = origin.y + place * cellH; }
          else if (side === 'top') { x = origin.x + place * cellW; y = centreBox.y1 - gap - (box.h + box.dy) - line * cellH; }
          else { x = origin.x + place * cellW; y = centreBox.y2 + gap - box.dy + line * cellH; }
          var candidate = { x1: x + box.dx, y1: y + box.dy, x2: x + box.dx + box.w, y2: y + box.dy + box.h };
          if (!placed.some(function (other) { return overlaps(candidate, other); })) {
            cy.getElementById(id).position({ x: x, y: y });
            placed.push(candidate);
            slot++;
            return;
          }
        }
      });
      // The captions of this side's attendance edges are where they will stay: keep other nodes off them.
      group.forEach(function (id) {
        centre.edgesWith(cy.getElementById(id)).filter('[caption]').forEach(function (edge) {
          var box = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          if (box.w > 0 && isFinite(box.w)) placed.push(box);
        });
      });
    });
  }

  /** Fits the view to everything, never closer than MAX_FIT_ZOOM so labels stay their size. */
  function fitView() {
    var visible = cy.elements(':visible');
    if (visible.length === 0) return;
    cy.fit(visible, 30);
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center(visible);
    }
  }

  function isInView(ids) {
    var extent = cy.extent();
    return ids.every(function (id) {
      var box = cy.getElementById(id).boundingBox({ includeLabels: true });
      return box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
    });
  }

  // ---- expanding ------------------------------------------------------------

  /** Draws the neighbours of `id`, `first` claims of each kind (FIRST unless given); a failed fetch can be tried again. */
  function expand(id, first) {
    first = first || FIRST;
    if ((expanded[id] || 0) >= first || pending[id]) return Promise.resolve();
    pending[id] = true;
    cy.getElementById(id).addClass('loading').removeClass('failed');
    return api(NEIGHBOURHOOD, { id: id, first: first })
      .then(function (data) {
        var n = data.node;
        if (!n) {
          showError('Nothing in the graph has the id ' + id + '. Type a name in the box above to find it.');
          return;
        }
        var empty = cy.nodes().length === 0;
        var added = addNeighbourhood(n);
        expanded[id] = first;
        counts[id] = ['decisions', 'commitments', 'stances'].filter(function (list) { return n[list]; }).map(function (list) {
          return { list: list, shown: n[list].nodes.length, total: n[list].totalCount };
        });
        var from = cy.getElementById(id).length ? id : added[0];
        if (empty) cy.getElementById(from).position({ x: 0, y: 0 }).addClass('centre');
        placeAround(from, added);
        if (empty || !isInView(added)) fitView();
        document.body.setAttribute('data-nodes', String(cy.nodes().length));
        if (n.__typename === 'Attendance') showAttendance(cy.edges('[attendance = "' + id + '"]')[0]);
        else if (empty || selected === id) show(id);
      })
      .catch(function (error) {
        // Not marked expanded: a click, or the retry button, tries again.
        cy.getElementById(id).addClass('failed');
        showError('Could not load ' + id + ': ' + error.message, function () { expand(id, first); });
      })
      .then(function () {
        delete pending[id];
        cy.getElementById(id).removeClass('loading');
        document.body.setAttribute('data-busy', String(Object.keys(pending).length));
      });
  }

  // ---- details ----------------------------------------------------------------

  function escape(text) { return String(text).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  function letterLink(e) {
    return '/letter?id=' + encodeURIComponent(e.document.id) + '#' + e.start + '-' + e.end;
  }

  function evidenceHtml(list) {
    return (list || []).map(function (e) {
      return '<blockquote>' + escape(e.quote) + '</blockquote><p class="source">' +
        '<a class="letter" href="' + letterLink(e) + '">Read it in the letter</a>: ' + escape(e.document.title || e.document.id) +
        (e.document.kamerstuk ? ', Kamerstuk ' + escape(e.document.kamerstuk) : '') + (e.document.date ? ', ' + escape(e.document.date) : '') +
        ' (<a href="/graph?id=' + encodeURIComponent(e.document.id) + '">graph</a>)</p>';
    }).join('');
  }

  /** The timeline page's address for a node, or null when it has none. */
  function timelineLink(item) {
    var t = item.__typename;
    if (t === 'Topic') return '/timeline?topic=' + encodeURIComponent(item.id);
    if (t === 'Country' || t === 'Organization' || t === 'Group') return '/timeline?subjects=' + encodeURIComponent(item.id);
    if (t === 'Person') return '/timeline?subjects=' + encodeURIComponent(item.id) + '&actor=' + encodeURIComponent(item.id);
    if (t === 'Meeting') return '/timeline?meeting=' + encodeURIComponent(item.id);
    if (KIND_OF_TYPE[t] && item.topics && item.topics.length) {
      var subjects = (item.subjects || []).map(function (s) { return s.id; }).join(',');
      return '/timeline?topic=' + encodeURIComponent(item.topics[0].id) + (subjects ? '&subjects=' + encodeURIComponent(subjects) : '');
    }
    return null;
  }

  function show(id) {
    var item = info[id] || { id: id };
    var t = item.__typename || typeOf(id) || '';
    var title = KIND_OF_TYPE[t] ? claimCaption(item, t).replace('\n', ', ') : label(item, t).replace('\n', ', ');
    var html = '<h2>' + escape(title) + '</h2><p class="type">' + escape((TYPES[t] && TYPES[t].label) || t) + (item.status ? ' · ' + escape(item.status) : '') +
      (item.date ? ' · ' + escape(item.date) : '') + ' · <code>' + escape(id) + '</code></p>';
    if (item.summary) html += '<p class="summary">' + escape(item.summary) + '</p>';
    if (item.offices && item.offices.length) {
      html += '<ul class="offices">' + item.offices.map(function (o) { return '<li>' + escape(o.title) + ', ' + escape(o.from) + ' to ' + escape(o.to || 'now') + '</li>'; }).join('') + '</ul>';
    }
    if (item.meeting) html += '<p>At <a href="/graph?id=' + encodeURIComponent(item.meeting.id) + '">' + escape(item.meeting.name) + '</a></p>';
    html += evidenceHtml(item.evidence);
    var links = [];
    var timeline = timelineLink(Object.assign({ __typename: t }, item));
    if (timeline) links.push('<a class="timeline" href="' + timeline + '">Timeline</a>');
    if (t === 'Document') links.push('<a class="letter" href="/letter?id=' + encodeURIComponent(id) + '">Read the letter</a>');
    links.push('<a href="/graph?id=' + encodeURIComponent(id) + '">Centre the view here</a>');
    html += '<p class="links">' + links.join(' · ') + '</p>';
    var more = (counts[id] || []).filter(function (c) { return c.shown < c.total; });
    // As many as the longest list holds, up to MAX_FIRST: more would exceed the API's cost limit.
    var wanted = Math.min(MAX_FIRST, Math.max.apply(null, [0].concat(more.map(function (c) { return c.total; }))));
    if (more.length) {
      html += '<p class="type">Showing ' + (counts[id] || []).map(function (c) { return c.shown + ' of ' + c.total + ' ' + c.list; }).join(', ') +
        '. <button type="button" id="more">' + (wanted < MAX_FIRST || more.every(function (c) { return c.total <= MAX_FIRST; }) ? 'Show all' : 'Show ' + MAX_FIRST + ' of each') + '</button></p>';
    }
    if (!expanded[id]) html += '<p class="type">' + (pending[id] ? 'Loading its neighbours…' : 'Click it again to show its neighbours.') + '</p>';
    selected = id;
    details.innerHTML = html;
    var button = document.getElementById('more');
    if (button) button.addEventListener('click', function () { expand(id, wanted); });
  }

  function showAttendance(edge) {
    if (!edge) return;
    var actor = info[edge.source().id()] || {};
    var meeting = info[edge.target().id()] || {};
    selected = null;
    var html = '<h2>' + escape(edge.data('caption')) + '</h2><p class="type">Attendance · ' + escape(edge.data('status')) +
      (edge.data('office') ? ' · as ' + escape(edge.data('office')) : '') + (edge.data('attendance') ? ' · <code>' + escape(edge.data('attendance')) + '</code>' : '') + '</p>' +
      '<p><a href="/graph?id=' + encodeURIComponent(actor.id || '') + '">' + escape(actor.name || actor.id || '') + '</a> at <a href="/graph?id=' +
      encodeURIComponent(meeting.id || '') + '">' + escape(meeting.name || meeting.id || '') + '</a>' + (meeting.startDate ? ', ' + escape(meeting.startDate) : '') + '</p>';
    html += evidenceHtml(edge.data('evidence'));
    details.innerHTML = html;
  }

  cy.on('tap', 'node', function (event) {
    var id = event.target.id();
    if (!expanded[id]) expand(id);
    show(id);
  });
  cy.on('tap', 'edge[attendance]', function (event) { showAttendance(event.target); });

  // The full summary of a claim (or the whole label) beside the pointer.
  cy.on('mouseover', 'node', function (event) {
    var item = info[event.target.id()] || {};
    tip.textContent = item.summary || (item.name || item.title || event.target.id());
    tip.hidden = false;
  });
  cy.on('mousemove', function (event) {
    if (tip.hidden || !event.originalEvent) return;
    var box = graph.getBoundingClientRect();
    tip.style.left = Math.min(event.originalEvent.clientX - box.left + 14, box.width - 260) + 'px';
    tip.style.top = event.originalEvent.clientY - box.top + 14 + 'px';
  });
  cy.on('mouseout', 'node', function () { tip.hidden = true; });

  // ---- legend, with a checkbox per node type ------------------------------

  function buildLegend() {
    var legend = document.getElementById('legend');
    var html = '<summary>Legend</summary><ul class="types">';
    Object.keys(TYPES).forEach(function (t) {
      html += '<li><label><input type="checkbox" data-type="' + t + '" checked> <span class="dot" style="background:' + TYPES[t].colour + '"></span> ' + TYPES[t].label + '</label></li>';
    });
    html += '</ul><ul class="edges">';
    Object.keys(EDGES).forEach(function (k) {
      html += '<li><span class="line" style="border-top:2px ' + EDGES[k].line + ' ' + EDGES[k].colour + '"></span> ' + escape(EDGES[k].label) + '</li>';
    });
    legend.innerHTML = html + '</ul>';
    // On a phone the legend would push the details far down: it starts folded there.
    if (window.matchMedia('(max-width: 800px)').matches) legend.open = false;
    legend.addEventListener('change', function (event) {
      var t = event.target.getAttribute('data-type');
      if (!t) return;
      hiddenTypes[t] = !event.target.checked;
      cy.nodes('[type = "' + t + '"]').toggleClass('hidden', hiddenTypes[t]);
    });
  }

  // ---- find by name -----------------------------------------------------

  var input = document.getElementById('centre');
  var suggestions = document.getElementById('suggestions');
  var timer = null;
  var asked = 0;

  function open(id) { location.href = '/graph?id=' + encodeURIComponent(id); }

  function suggest() {
    var text = input.value.trim();
    var mine = ++asked;
    if (!/[\p{L}\p{N}]/u.test(text)) { suggestions.hidden = true; return; }
    api(LOOKUP, { text: text }).then(function (data) {
      if (mine !== asked) return;
      var matches = data.lookup;
      suggestions.innerHTML = matches.length === 0 ? '<li class="none">Nothing is called "' + escape(text) + '"</li>' : matches.map(function (m, i) {
        var t = m.node.__typename;
        return '<li role="option" id="suggestion-' + i + '" data-id="' + escape(m.node.id) + '"><span class="dot" style="background:' + ((TYPES[t] && TYPES[t].colour) || '#999') + '"></span> ' +
          escape(m.name) + (m.matched !== m.name ? ' <span class="alias">(' + escape(m.matched) + ')</span>' : '') + ' <span class="type">' + escape(t) + ' · ' + escape(m.node.id) + '</span></li>';
      }).join('');
      suggestions.hidden = false;
    }).catch(function (error) {
      if (mine !== asked) return;
      suggestions.innerHTML = '<li class="none">Suggestions failed: ' + escape(error.message) + '</li>';
      suggestions.hidden = false;
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  // Arrow keys move through the suggestions, Enter opens the one marked, Escape closes them.
  input.addEventListener('keydown', function (event) {
    var items = suggestions.hidden ? [] : Array.prototype.slice.call(suggestions.querySelectorAll('li[data-id]'));
    var current = items.findIndex(function (item) { return item.classList.contains('active'); });
    if (event.key === 'Escape') suggestions.hidden = true;
    else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && items.length) {
      event.preventDefault();
      var next = event.key === 'ArrowDown' ? (current + 1) % items.length : (current <= 0 ? items.length : current) - 1;
      items.forEach(function (item, i) { item.classList.toggle('active', i === next); });
      input.setAttribute('aria-activedescendant', items[next].id);
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      open(items[current].getAttribute('data-id'));
    }
  });
  suggestions.addEventListener('mousedown', function (event) {
    var item = event.target.closest('li[data-id]');
    if (item) { event.preventDefault(); open(item.getAttribute('data-id')); }
  });
  input.addEventListener('blur', function () { setTimeout(function () { suggestions.hidden = true; }, 150); });
  document.getElementById('find').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (text === '') return;
    api(LOOKUP, { text: text }).then(function (data) {
      if (data.lookup.length > 0) open(data.lookup[0].node.id);
      else showError('Nothing in the graph is called "' + text + '". Try a name or alias in Dutch or English, or an id such as country:UKR.');
    }).catch(function (error) {
      showError('Could not look up "' + text + '": ' + error.message, function () { document.getElementById('find').requestSubmit(); });
    });
  });

  /** Opens the start node: an id as given, or the best match of a name ("Rutte", "Oekraïne"). */
  function begin(start) {
    input.value = start;
    if (/^[a-z]+:\S+$/.test(start)) { expand(start); return; }
    api(LOOKUP, { text: start }).then(function (data) {
      if (data.lookup.length === 0) { showError('Nothing in the graph is called "' + start + '". Try a name or alias in Dutch or English, or an id such as country:UKR.'); return; }
      var id = data.lookup[0].node.id;
      history.replaceState(null, '', '/graph?id=' + encodeURIComponent(id));
      input.value = id;
      expand(id);
    }).catch(function (error) {
      showError('Could not look up "' + start + '": ' + error.message, function () { begin(start); });
    });
  }

  buildLegend();
  begin(new URLSearchParams(location.search).get('id') || 'meeting:2021-06-14-brussels');
})();
