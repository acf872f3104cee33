// The letter reader: a letter's original text as stored, every claim's
// evidence highlighted at its offsets, and the quote the address asks for
// (`/letter?id=document:kst-28676-372#1200-1350`) marked and scrolled into view.
// The letter's text only ever goes into text nodes.
(function () {
  'use strict';
  var P = window.summitgraphPages;
  var el = P.el;

  var CLAIM_LISTS = 'subjects { id name } topics { id name }';
  var QUERY = [
    'query LetterPage($id: ID!) {',
    '  document(id: $id) {',
    '    id kind date kamerstuk title fileName text',
    '    claims {',
    '      __typename id date summary',
    '      meeting { id name }',
    '      evidence { start end document { id } }',
    '      ... on Attendance { attendanceStatus: status office actor { id name } }',
    '      ... on Decision { decisionKind: kind status decidedBy { id name } ' + CLAIM_LISTS + ' }',
    '      ... on Commitment { status committedBy { id name } ' + CLAIM_LISTS + ' }',
    '      ... on Stance { status heldBy { id name } ' + CLAIM_LISTS + ' }',
    '    }',
    '  }',
    '}',
  ].join('\n');
  var KIND_OF_LETTER = { AGENDA: 'Agenda letter', REPORT: 'Report', OTHER: 'Letter' };

  var id = (new URLSearchParams(location.search).get('id') || '').trim();
  var status = document.getElementById('status');
  var heading = document.getElementById('heading');
  var meta = document.getElementById('meta');
  var notice = document.getElementById('notice');
  var textBox = document.getElementById('text');
  var details = document.getElementById('details');
  var letter = null;
  document.getElementById('letter-id').value = id;

  function load() {
    textBox.textContent = '';
    if (!id) {
      P.showStatus(status, 'empty', 'Give a letter by its id, e.g. /letter?id=document:kst-28676-372.');
      return;
    }
    P.showStatus(status, 'loading', 'the letter ' + id + '…');
    P.graphql(QUERY, { id: id }).then(function (data) {
      var d = data.document;
      if (!d) {
        heading.textContent = id;
        P.showStatus(status, 'empty', 'No letter in the graph has the id ' + id + '.');
        return;
      }
      if (d.text === null) {
        heading.textContent = d.title || d.id;
        P.showStatus(status, 'empty', (d.kamerstuk ? 'Kamerstuk ' + d.kamerstuk : d.id) + ' is known only because a letter cites it; its text is not in the graph.');
        return;
      }
      letter = d;
      letter.claims = d.claims.map(function (c) {
        // Only the quotes in this letter can be marked in it.
        return Object.assign({}, c, { evidence: c.evidence.filter(function (e) { return e.document.id === d.id; }) });
      });
      heading.textContent = d.title || d.fileName || d.id;
      document.title = heading.textContent + ' · summitgraph letter';
      meta.textContent = [KIND_OF_LETTER[d.kind] || d.kind, P.formatDate(d.date), d.kamerstuk ? 'Kamerstuk ' + d.kamerstuk : null,
        d.claims.length + ' claims highlighted'].filter(Boolean).join(' · ');
      P.showStatus(status, 'done');
      render();
    }, function (failure) {
      heading.textContent = id;
      P.showStatus(status, failure.kind === 'network' ? 'network' : 'api', failure.message, load);
    });
  }

  /** The range the address's fragment asks for (`#start-end`), or null. */
  function target() {
    var match = /^#(\d+)-(\d+)$/.exec(location.hash);
    return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
  }

  /**
   * Cuts the text where any quote starts or ends, so that each piece is
   * covered by the same claims throughout; overlapping quotes share pieces.
   */
  function pieces(length, ranges) {
    var cuts = [0, length];
    ranges.forEach(function (r) { cuts.push(r.start, r.end); });
    cuts = cuts.filter(function (c) { return c >= 0 && c <= length; }).sort(function (a, b) { return a - b; })
      .filter(function (c, i, all) { return i === 0 || c !== all[i - 1]; });
    var result = [];
    for (var i = 0; i + 1 < cuts.length; i++) {
      var from = cuts[i];
      var to = cuts[i + 1];
      result.push({ start: from, end: to, claims: ranges.filter(function (r) { return r.claim && r.start < to && r.end > from; }).map(function (r) { return r.claim; }) });
    }
    return result;
  }

  function render() {
    var text = letter.text;
    var ranges = [];
    letter.claims.forEach(function (claim) {
      claim.evidence.forEach(function (e) { ranges.push({ start: e.start, end: e.end, claim: claim }); });
    });
    var wanted = target();
    notice.hidden = true;
    if (wanted && !(wanted.start < wanted.end && wanted.end <= text.length)) {
      notice.hidden = false;
      notice.textContent = 'The letter has no characters ' + wanted.start + '–' + wanted.end + ': it is ' + text.length + ' characters long.';
      wanted = null;
    }
    if (wanted) ranges.push({ start: wanted.start, end: wanted.end, claim: null });

    textBox.textContent = '';
    var targetBox = null;
    pieces(text.length, ranges).forEach(function (piece) {
      var content = text.slice(piece.start, piece.end);
      var node = piece.claims.length === 0 ? document.createTextNode(content) : el('mark', {
        class: 'evidence kind-' + kindOf(piece.claims[0]) + (piece.claims.length > 1 ? ' several' : ''),
        'data-claims': piece.claims.map(function (c) { return c.id; }).join(' '),
        'data-start': piece.start, 'data-end': piece.end, tabindex: 0, role: 'button',
        title: piece.claims.map(function (c) { return c.summary; }).join('\n'),
        onclick: function () { showClaims(piece.claims); },
      }, [content]);
      if (wanted && piece.start >= wanted.start && piece.end <= wanted.end) {
        if (!targetBox) {
          targetBox = el('span', { id: 'quote', class: 'target', 'data-start': wanted.start, 'data-end': wanted.end });
          textBox.appendChild(targetBox);
        }
        targetBox.appendChild(node);
      } else {
        textBox.appendChild(node);
      }
    });

    if (targetBox) {
      targetBox.scrollIntoView({ block: 'center' });
      var there = letter.claims.filter(function (c) {
        return c.evidence.some(function (e) { return e.start === wanted.start && e.end === wanted.end; });
      });
      if (there.length > 0) showClaims(there, true); else showOverview();
    } else {
      showOverview();
    }
  }

  function activateWithKeyboard(event) {
    if ((event.key === 'Enter' || event.key === ' ') && event.target.classList && event.target.classList.contains('evidence')) {
      event.preventDefault();
      event.target.click();
    }
  }

  function kindOf(claim) { return claim.__typename.toLowerCase(); }

  function statusOf(claim) {
    if (claim.__typename === 'Attendance') return claim.attendanceStatus.toLowerCase();
    return claim.status === 'EXPECTED' ? 'expected (announced ahead)' : 'taken (reported as done)';
  }

  function filled(claim) {
    return claim.__typename === 'Attendance' ? claim.attendanceStatus === 'ATTENDED' : claim.status === 'TAKEN';
  }

  function kindLabel(claim) {
    return claim.decisionKind && claim.decisionKind !== 'DECISION' ? 'Decision (' + claim.decisionKind.toLowerCase() + ')' : claim.__typename;
  }

  function markActive(claims) {
    var ids = claims.map(function (c) { return c.id; });
    Array.prototype.forEach.call(textBox.querySelectorAll('mark.evidence'), function (mark) {
      var mine = mark.getAttribute('data-claims').split(' ').some(function (c) { return ids.indexOf(c) >= 0; });
      mark.classList.toggle('active', mine);
    });
  }

  /** The panel's starting view: every claim of the letter, each a link to its quote. */
  function showOverview() {
    details.textContent = '';
    details.removeAttribute('data-claims');
    details.appendChild(el('h2', { text: letter.claims.length + ' claims in this letter' }));
    details.appendChild(el('p', { class: 'hint', text: 'Click a highlighted passage to see what the letter was read to say there.' }));
    var list = el('ol', { class: 'claim-list' });
    letter.claims.forEach(function (claim) {
      var first = claim.evidence[0];
      list.appendChild(el('li', {}, [
        el('span', { class: 'marker kind-' + kindOf(claim) + (filled(claim) ? ' status-taken' : ' status-expected'), 'aria-hidden': 'true' }),
        first ? el('a', { href: '#' + first.start + '-' + first.end, text: claim.summary }) : claim.summary,
      ]));
    });
    details.appendChild(list);
  }

  function showClaims(claims, fromAddress) {
    markActive(claims);
    details.textContent = '';
    details.setAttribute('data-claims', claims.map(function (c) { return c.id; }).join(' '));
    if (!fromAddress || claims.length > 1) details.appendChild(el('p', { class: 'hint', text: claims.length === 1 ? 'The letter says here:' : claims.length + ' claims rest on this passage:' }));
    claims.forEach(function (claim) {
      var box = el('article', { class: 'claim' });
      box.appendChild(el('p', { class: 'details-kind' }, [
        el('span', { class: 'marker kind-' + kindOf(claim) + (filled(claim) ? ' status-taken' : ' status-expected'), 'aria-hidden': 'true' }),
        kindLabel(claim) + ' · ' + statusOf(claim),
      ]));
      box.appendChild(el('h2', { text: claim.summary }));
      var facts = el('dl');
      function fact(term, value) { if (value) { facts.appendChild(el('dt', { text: term })); facts.appendChild(el('dd', { text: value })); } }
      fact('Date', P.formatDate(claim.date));
      fact('Meeting', claim.meeting && claim.meeting.name);
      fact('Who', P.names(claim.decidedBy || claim.committedBy || claim.heldBy || (claim.actor ? [claim.actor] : [])));
      fact('Office', claim.office);
      fact('About', P.names(claim.subjects));
      fact('Topics', P.names(claim.topics));
      fact('Where', claim.evidence.map(function (e) { return 'characters ' + e.start + '–' + e.end; }).join(', '));
      box.appendChild(facts);
      var links = el('p', { class: 'links' }, [el('a', { href: '/graph?id=' + encodeURIComponent(claim.id), text: 'Graph view' })]);
      (claim.topics || []).forEach(function (topic) {
        links.appendChild(document.createTextNode(' · '));
        links.appendChild(el('a', { href: P.timelineUrl(topic.id, (claim.subjects || []).map(function (s) { return s.id; })), text: 'Timeline of ' + topic.name }));
      });
      box.appendChild(links);
      details.appendChild(box);
    });
    details.appendChild(el('p', {}, [el('button', { type: 'button', class: 'link-button', onclick: function () { markActive([]); showOverview(); }, text: 'All claims in this letter' })]));
    // On a small screen the panel covers part of the text: it comes up only when asked for.
    if (!fromAddress) document.body.classList.add('details-open');
  }

  document.getElementById('close-details').addEventListener('click', function () { document.body.classList.remove('details-open'); });
  textBox.addEventListener('keydown', activateWithKeyboard);
  window.addEventListener('hashchange', function () { if (letter) render(); });
  load();
})();
