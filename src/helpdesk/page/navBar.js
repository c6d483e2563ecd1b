// The nav bar page: hosts the app's nav_bar location full-page over the App Framework's
// postMessage protocol. No ticket is open here, so ticket paths answer as unavailable.
(function () {
  'use strict';
  var cfg = window.HELPDESK_CONFIG;
  var params = new URLSearchParams(location.search);
  var faults = { fail: params.get('fail') || '', slow: params.get('slow') || '' };
  var appOrigin = location.protocol + '//' + location.hostname + ':' + cfg.appPort;
  var frame = document.getElementById('app-frame');
  var subscriptions = {};
  var registered = false;

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json(); });
  }

  function toApp(message) {
    if (frame.contentWindow) frame.contentWindow.postMessage(message, appOrigin);
  }

  function emit(events) {
    (events || []).forEach(function (e) {
      if (registered && subscriptions[e.name] > 0) toApp({ key: 'zaf.' + e.name, message: e.data });
    });
  }

  function handshake() {
    fetch('/__helpdesk/session?location=nav_bar&user=' + cfg.userId)
      .then(function (r) { return r.json(); })
      .then(function (session) {
        registered = true;
        toApp({ key: 'zaf.app.registered', message: { metadata: session.metadata, context: session.context } });
        document.body.setAttribute('data-app-registered', 'true');
        emit([{ name: 'pane.activated' }]);
      });
  }

  function answerCall(data) {
    post('/__helpdesk/zaf', { ticketId: 0, userId: cfg.userId, request: data.request, params: data.params, faults: faults })
      .then(function (r) {
        toApp({ id: data.id, result: r.result });
        emit(r.events);
      });
  }

  function answerApiRequest(key, options) {
    post('/__helpdesk/api', { ticketId: 0, userId: cfg.userId, options: options, faults: faults })
      .then(function (r) {
        var text = JSON.stringify(r.body);
        var headers = { 'content-type': 'application/json; charset=utf-8' };
        var ok = r.status < 400;
        var xhr = { status: r.status, statusText: ok ? 'success' : 'error', responseText: text, responseJSON: r.body, headers: headers };
        if (ok) {
          var args = options.httpCompleteResponse
            ? [{ status: r.status, headers: headers, responseText: text, responseJSON: r.body }]
            : [r.body, 'success', xhr];
          toApp({ key: 'zaf.' + key + '.done', message: { responseArgs: args } });
        } else {
          toApp({ key: 'zaf.' + key + '.fail', message: { responseArgs: [xhr, 'error', xhr.statusText] } });
        }
      });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== appOrigin) return;
    var data = event.data;
    if (typeof data === 'string') {
      try { data = JSON.parse(data); } catch (e) { return; }
    }
    if (!data || typeof data !== 'object') return;
    if (data.request) return answerCall(data);
    var key = String(data.key || '');
    var count = data.message && typeof data.message.subscriberCount === 'number' ? data.message.subscriberCount : null;
    if (key === 'iframe.handshake') return handshake();
    if (key.indexOf('iframe.on:') === 0) { subscriptions[key.slice(10)] = count == null ? 1 : count; return; }
    if (key.indexOf('iframe.off:') === 0) { subscriptions[key.slice(11)] = count == null ? 0 : count; return; }
    if (key.indexOf('iframe.trigger:') === 0) return emit([{ name: key.slice(15), data: data.message }]);
    if (/^request:\d+$/.test(key)) return answerApiRequest(key, data.message || {});
  });

  frame.src = appOrigin + '/' + cfg.appPage + '?origin=' + encodeURIComponent(location.origin) + '&app_guid=' + encodeURIComponent(cfg.appGuid);
})();
