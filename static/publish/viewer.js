// The published timeline: reads the events written into the page (static/js/publish.js) and draws
// them with vis-timeline's plain-script build, which the page also carries. No server, no module
// imports, so it runs from a file on disk as well as from any web server. Every text from the
// events goes in as text nodes, never as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chronicle-data').textContent);
  var events = data.events;
  var byId = {};
  events.forEach(function (event) { byId[event.id] = event; });

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // "2021-03-26T09:00:00" -> "26 Mar 2021" (the day is what a reader needs here).
  function publishedLabel(text) {
    var day = new Date(String(text).slice(0, 10) + 'T00:00:00Z');
    if (isNaN(day.getTime())) return String(text);
    return day.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  }

  function webLink(url) {
    return /^https?:\/\//i.test(url || '') ? url : null;
  }

  document.title = data.title;
  document.getElementById('title').textContent = data.title;
  document.getElementById('subtitle').textContent = data.subtitle;

  var items = new vis.DataSet(events.map(function (event) {
    var label = element('span', 'item-label');
    label.append(element('span', 'item-date', event.label), ' ', element('span', 'item-headline', event.headline));
    label.title = event.label + ': ' + event.headline;
    var item = { id: event.id, start: new Date(event.start), type: 'box', className: 'event', content: label };
    if (event.end) {
      item.end = new Date(event.end);
      item.type = 'range';
    }
    return item;
  }));
  // Opens on every event: their span with a margin, then, once the labels are drawn and measured,
  // vis-timeline's own fit, which makes room for them.
  var times = events.map(function (event) { return new Date(event.start).getTime(); });
  var first = Math.min.apply(null, times);
  var last = Math.max.apply(null, times);
  var margin = Math.max((last - first) * 0.1, 24 * 3600 * 1000);
  var timeline = new vis.Timeline(document.getElementById('timeline'), items, {
    start: new Date(first - margin),
    end: new Date(last + margin),
    moment: function (date) { return vis.moment(date).utc(); }, // the times are UTC: never shift them
    height: '100%',
    orientation: { axis: 'top', item: 'top' },
    showCurrentTime: false,
    zoomMin: 3600 * 1000, // an hour: closer than that no event is told apart
    zoomKey: '',
    verticalScroll: true,
    margin: { item: { horizontal: 4, vertical: 6 } },
    cluster: { maxItems: 5, titleTemplate: '{count} events, double-click to zoom in', showStipes: true, fitOnDoubleClick: true },
    template: function (item) {
      if (item.content instanceof Node) return item.content;
      return element('span', 'cluster-label', (item.uiItems ? item.uiItems.length : 0) + ' events');
    },
  });
  var fitted = false;
  timeline.on('changed', function () {
    if (fitted) return;
    fitted = true;
    timeline.fit({ animation: false });
  });
  timeline.on('select', function (props) {
    if (props.items.length === 1 && byId[props.items[0]]) show(props.items[0], false);
  });

  var list = document.getElementById('event-list');
  events.forEach(function (event) {
    var button = element('button');
    button.type = 'button';
    button.dataset.event = String(event.id);
    button.append(element('span', 'row-date', event.label), element('span', 'row-headline', event.headline));
    button.addEventListener('click', function () { show(event.id, true); });
    var row = element('li');
    row.append(button);
    list.append(row);
  });

  function show(id, reveal) {
    var event = byId[id];
    var details = document.getElementById('details');
    details.replaceChildren(element('h2', null, event.headline));
    details.append(element('p', 'muted', event.label));
    event.sources.forEach(function (source) {
      details.append(element('p', 'sentence', source.sentence));
      var cite = element('p', 'muted');
      var url = webLink(source.url);
      if (url) {
        var link = element('a', null, source.title || url);
        link.href = url;
        link.rel = 'noopener noreferrer';
        cite.append(link);
      } else {
        cite.append(source.title || 'untitled article');
      }
      if (source.published) cite.append(', published ' + publishedLabel(source.published));
      details.append(cite);
    });
    list.querySelectorAll('button').forEach(function (button) {
      button.setAttribute('aria-current', String(button.dataset.event === String(id)));
    });
    timeline.setSelection([id]);
    // Brought into view at the same zoom (focus() would zoom in on a moment to milliseconds).
    var start = new Date(event.start).getTime();
    var view = timeline.getWindow();
    if (reveal && (start < view.start.getTime() || start > view.end.getTime())) timeline.moveTo(new Date(start), { animation: false });
  }
})();
