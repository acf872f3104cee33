// What the timeline and the letter reader share: asking the GraphQL API,
// telling a network failure from an answer with errors, building elements
// with their text set as text (never as HTML), and the links between pages.
(function () {
  'use strict';

  /** A failed request: `kind` is 'network' (no answer) or 'api' (an answer that says what is wrong). */
  function RequestFailure(kind, message) {
    this.kind = kind;
    this.message = message;
  }

  /** Posts an operation to /graphql; resolves with its data, rejects with a RequestFailure. */
  function graphql(query, variables) {
    return fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query, variables: variables }) })
      .catch(function (error) { throw new RequestFailure('network', 'the service did not answer (' + error.message + ')'); })
      .then(function (response) {
        return response.text().then(function (body) {
          var result;
          try { result = JSON.parse(body); } catch (e) {
            throw new RequestFailure('api', 'the service answered ' + response.status + ' with something other than GraphQL');
          }
          if (result.errors && result.errors.length > 0) {
            throw new RequestFailure('api', result.errors.map(function (e) {
              var code = e.extensions && e.extensions.code;
              return (code ? code + ': ' : '') + e.message;
            }).join('; '));
          }
          if (!response.ok || !result.data) throw new RequestFailure('api', 'the service answered ' + response.status + ' without data');
          return result.data;
        });
      });
  }

  /** An element with attributes and children; strings become text nodes, so nothing is parsed as HTML. */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) return;
      if (name === 'text') node.textContent = value;
      else if (name === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /**
   * Shows where a page stands in its status box: 'loading', 'empty' (the
   * request worked and found nothing), or a RequestFailure with a button
   * that tries again. `state` is also set on the box for tests and styles.
   */
  function showStatus(box, state, message, retry) {
    box.textContent = '';
    box.hidden = state === 'done';
    box.setAttribute('data-state', state);
    if (state === 'done') return;
    var title = { loading: 'Loading…', empty: 'Nothing found', network: 'Network error', api: 'The service could not answer' }[state] || state;
    box.appendChild(el('strong', { text: title }));
    if (message) box.appendChild(el('span', { text: ' ' + message }));
    if (retry) box.appendChild(el('button', { type: 'button', class: 'retry', onclick: retry, text: 'Try again' }));
  }

  /** `/letter?id=<document id>#<start>-<end>`: the letter reader at a quote. */
  function letterUrl(documentId, start, end) {
    return '/letter?id=' + encodeURIComponent(documentId) + (start === undefined ? '' : '#' + start + '-' + end);
  }

  /** `/timeline?topic=<id or name>&subjects=<ids or names>`. */
  function timelineUrl(topic, subjects) {
    return '/timeline?topic=' + encodeURIComponent(topic) + (subjects && subjects.length ? '&subjects=' + subjects.map(encodeURIComponent).join(',') : '');
  }

  /** "14 Jun 2021" from "2021-06-14", whatever the browser's time zone. */
  function formatDate(iso) {
    var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var parts = String(iso).split('-');
    return Number(parts[2]) + ' ' + months[Number(parts[1]) - 1] + ' ' + parts[0];
  }

  function names(actors) { return (actors || []).map(function (a) { return a.name; }).join(', '); }

  window.summitgraphPages = {
    RequestFailure: RequestFailure, graphql: graphql, el: el, showStatus: showStatus,
    letterUrl: letterUrl, timelineUrl: timelineUrl, formatDate: formatDate, names: names,
  };
})();
