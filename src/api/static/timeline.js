// The timeline: the decisions, commitments and stances on a topic, on a date
// axis with one lane per holder, fed by the GraphQL `timeline` query.
// `/timeline?topic=open-door&subjects=country:UKR,country:GEO[&actor=org:nato]`.
(function () {
  'use strict';
  var P = window.summitgraphPages;
  var el = P.el;

  var QUERY = [
    'query TimelinePage($topic: String!, $subjects: [String!], $actors: [String!], $after: String) {',
    '  topics(where: { name: $topic }, first: 1) { nodes { id name } }',
    '  timeline(topic: $topic, subjects: $subjects, actors: $actors, first: 100, after: $after) {',
    '    totalCount',
    '    pageInfo { hasNextPage endCursor }',
    '    nodes {',
    '      date kind status summary',
    '      actors { id name ... on Organization { acronym } } subjects { id name } topics { id name }',
    '      meeting { id name }',
    '      evidence { quote start end document { id title kamerstuk date } }',
    '      claim { id ... on Decision { decisionKind: kind } }',
    '    }',
    '  }',
    '}',
  ].join('\n');
  // Pages of 100 are fetched until the timeline is complete, up to this many entries.
  var MOST_ENTRIES = 1000;
  var NO_HOLDER = { id: '', name: 'No holder named' };
  var KIND_NAMES = { DECISION: 'Decision', COMMITMENT: 'Commitment', STANCE: 'Stance' };

  var params = new URLSearchParams(location.search);
  var topic = (params.get('topic') || '').trim();
  var subjects = splitList(params.get('subjects'));
  var actors = splitList(params.get('actor'));

  var status = document.getElementById('status');
  var heading = document.getElementById('heading');
  var count = document.getElementById('count');
  var scroller = document.getElementById('timeline');
  var details = document.getElementById('details');

  document.getElementById('topic').value = topic;
  document.getElementById('subjects').value = subjects.join(', ');
  document.getElementById('actor').value = actors.join(', ');

  function splitList(value) {
    return (value || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function load() {
    scroller.textContent = '';
    count.textContent = '';
    if (!topic) {
      P.showStatus(status, 'empty', 'Give a topic and, if you like, the subjects, e.g. topic “open-door” about “Ukraine, Georgia”.');
      return;
    }
    P.showStatus(status, 'loading', 'the timeline of ' + topic + '…');
    var entries = [];
    var topicName = null;
    var totalCount = 0;
    function page(after) {
      return P.graphql(QUERY, { topic: topic, subjects: subjects.length ? subjects : null, actors: actors.length ? actors : null, after: after })
        .then(function (data) {
          if (data.topics.nodes[0]) topicName = data.topics.nodes[0].name;
          totalCount = data.timeline.totalCount;
          entries = entries.concat(data.timeline.nodes);
          var more = data.timeline.pageInfo.hasNextPage && entries.length < MOST_ENTRIES;
          return more ? page(data.timeline.pageInfo.endCursor) : null;
        });
    }
    page(null).then(function () {
      heading.textContent = (topicName || topic) + (subjects.length ? ' · about ' + subjectNames(entries).join(', ') : '') +
        (actors.length ? ' · held by ' + actors.join(', ') : '');
      document.title = heading.textContent + ' · summitgraph timeline';
      count.textContent = (totalCount === entries.length ? totalCount + (totalCount === 1 ? ' entry' : ' entries') : 'The first ' + entries.length + ' of ' + totalCount + ' entries') + '.';
      document.body.setAttribute('data-total-count', String(totalCount));
      if (entries.length === 0) {
        P.showStatus(status, 'empty', 'The letters hold no decision, commitment or stance on ' + (topicName || topic) +
          (subjects.length ? ' about ' + subjects.join(', ') : '') + (actors.length ? ' held by ' + actors.join(', ') : '') + '.');
        return;
      }
      P.showStatus(status, 'done');
      draw(entries);
    }, function (failure) {
      heading.textContent = topic;
      P.showStatus(status, failure.kind === 'network' ? 'network' : 'api', failure.message, load);
    });
  }

  /** The subjects as asked, named as the entries name them when an entry is about them. */
  function subjectNames(entries) {
    var known = {};
    entries.forEach(function (e) { e.subjects.forEach(function (s) { known[s.id.toLowerCase()] = s.name; known[s.name.toLowerCase()] = s.name; }); });
    return subjects.map(function (s) { return known[s.toLowerCase()] || s; });
  }

  /**
   * Lays the entries out on a grid: a column per date, oldest first, and a
   * row (lane) per holder. The elements are added column by column, so the
   * page reads in date order; an entry held by two actors shows in both lanes.
   */
  function draw(entries) {
    var lanes = [];
    var laneOf = {};
    var dates = [];
    entries.forEach(function (entry) {
      (entry.actors.length ? entry.actors : [NO_HOLDER]).forEach(function (actor) {
        if (!(actor.id in laneOf)) { laneOf[actor.id] = lanes.length; lanes.push(actor); }
      });
      if (dates[dates.length - 1] !== entry.date) dates.push(entry.date);
    });

    var grid = el('div', { class: 'timeline-grid', role: 'grid', 'aria-label': 'Entries by date and holder' });
    grid.style.gridTemplateColumns = 'var(--lane-width) repeat(' + dates.length + ', minmax(var(--column-width), 1fr))';
    grid.appendChild(place(el('div', { class: 'corner', text: 'Held by' }), 1, 1));
    lanes.forEach(function (lane, i) {
      grid.appendChild(place(el('div', { class: 'lane-name', role: 'rowheader', title: lane.name, text: lane.acronym || lane.name }), i + 2, 1));
    });
    dates.forEach(function (date, column) {
      var onDate = entries.filter(function (e) { return e.date === date; });
      var meetings = [];
      onDate.forEach(function (e) { if (e.meeting && meetings.indexOf(e.meeting.name) < 0) meetings.push(e.meeting.name); });
      grid.appendChild(place(el('div', { class: 'date-head', role: 'columnheader' }, [
        el('span', { class: 'gap', text: column > 0 ? gapBetween(dates[column - 1], date) : '\u00a0' }),
        el('time', { datetime: date, text: P.formatDate(date) }),
        meetings.length ? el('span', { class: 'meeting-name', text: meetings.join(' · ') }) : null,
      ]), 1, column + 2));
      lanes.forEach(function (lane, row) {
        var here = onDate.filter(function (e) {
          return (e.actors.length ? e.actors : [NO_HOLDER]).some(function (a) { return a.id === lane.id; });
        });
        var cell = place(el('div', { class: 'cell' + (row % 2 ? ' odd' : ''), role: 'gridcell' }, here.map(card)), row + 2, column + 2);
        grid.appendChild(cell);
      });
    });
    scroller.appendChild(grid);
  }

  /** How far apart two columns are, since the axis spaces them evenly: "13 years later". */
  function gapBetween(earlier, later) {
    var a = earlier.split('-').map(Number);
    var b = later.split('-').map(Number);
    var months = (b[0] - a[0]) * 12 + (b[1] - a[1]) - (b[2] < a[2] ? 1 : 0);
    if (months >= 24) return Math.floor(months / 12) + ' years later';
    if (months >= 2) return months + ' months later';
    var days = Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86400000);
    return days >= 60 ? Math.floor(days / 30) + ' months later' : days + (days === 1 ? ' day later' : ' days later');
  }

  function place(node, row, column) {
    node.style.gridRow = String(row);
    node.style.gridColumn = String(column);
    return node;
  }

  function kindLabel(entry) {
    var kind = KIND_NAMES[entry.kind] || entry.kind;
    var decisionKind = entry.claim.decisionKind;
    return decisionKind && decisionKind !== 'DECISION' ? kind + ' (' + decisionKind.toLowerCase() + ')' : kind;
  }

  function statusLabel(entry) {
    return entry.status === 'EXPECTED' ? 'expected (announced ahead)' : 'taken (reported as done)';
  }

  function card(entry) {
    var evidence = entry.evidence[0];
    var box = el('div', {
      class: 'entry kind-' + entry.kind.toLowerCase() + ' status-' + entry.status.toLowerCase(),
      'data-date': entry.date, 'data-claim': entry.claim.id, 'data-kind': entry.kind, 'data-status': entry.status,
      title: P.formatDate(entry.date) + ' · ' + kindLabel(entry) + ', ' + statusLabel(entry) + '\n' + entry.summary,
    });
    box.appendChild(el('button', { type: 'button', class: 'entry-open', 'aria-controls': 'details', onclick: function () { select(box, entry); } }, [
      el('span', { class: 'marker', 'aria-hidden': 'true' }),
      el('span', { class: 'entry-kind', text: kindLabel(entry) + (entry.status === 'EXPECTED' ? ', expected' : '') }),
      el('span', { class: 'entry-summary', text: entry.summary }),
    ]));
    if (evidence) {
      box.appendChild(el('a', { class: 'entry-letter', href: P.letterUrl(evidence.document.id, evidence.start, evidence.end), text: 'Read the letter' }));
    }
    return box;
  }

  function select(box, entry) {
    Array.prototype.forEach.call(document.querySelectorAll('.entry.selected'), function (other) { other.classList.remove('selected'); });
    Array.prototype.forEach.call(document.querySelectorAll('.entry[data-claim="' + CSS.escape(entry.claim.id) + '"]'), function (same) { same.classList.add('selected'); });
    showDetails(entry);
    if (window.matchMedia('(max-width: 899px)').matches) details.scrollIntoView({ block: 'start' });
  }

  function showDetails(entry) {
    details.textContent = '';
    details.setAttribute('data-claim', entry.claim.id);
    details.appendChild(el('p', { class: 'details-kind' }, [
      el('span', { class: 'marker kind-' + entry.kind.toLowerCase() + ' status-' + entry.status.toLowerCase(), 'aria-hidden': 'true' }),
      kindLabel(entry) + ' · ' + statusLabel(entry),
    ]));
    details.appendChild(el('h2', { text: entry.summary }));
    var facts = el('dl');
    function fact(term, value) { if (value) { facts.appendChild(el('dt', { text: term })); facts.appendChild(el('dd', { text: value })); } }
    fact('Date', P.formatDate(entry.date));
    fact('Meeting', entry.meeting && entry.meeting.name);
    fact({ DECISION: 'Decided by', COMMITMENT: 'Committed by', STANCE: 'Held by' }[entry.kind] || 'By', P.names(entry.actors));
    fact('About', P.names(entry.subjects));
    fact('Topics', P.names(entry.topics));
    details.appendChild(facts);
    entry.evidence.forEach(function (e) {
      details.appendChild(el('blockquote', { lang: 'nl', text: e.quote }));
      var d = e.document;
      details.appendChild(el('p', { class: 'source' }, [
        el('a', { class: 'to-letter', href: P.letterUrl(d.id, e.start, e.end), text: 'Read it in the letter' }),
        ' · ' + (d.title || d.id) + (d.kamerstuk ? ', Kamerstuk ' + d.kamerstuk : '') + ', ' + P.formatDate(d.date),
      ]));
    });
    details.appendChild(el('p', {}, [el('a', { href: '/graph?id=' + encodeURIComponent(entry.claim.id), text: 'Show it in the graph view' })]));
  }

  load();
})();
