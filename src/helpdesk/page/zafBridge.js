// The helpdesk's side of the App Framework's postMessage protocol, shared by the ticket page and
// the nav bar page: the handshake, get/set/invoke calls, client.request, event subscriptions and
// the app's replies to hooks. Each page says what else a host answer changes on it.
(function () {
  'use strict';

  /**
   * options: frame, appOrigin, appPage, appGuid, userId, ticketId (0 where no ticket is open),
   * location ('ticket_sidebar' | 'nav_bar'), faults, onRegistered(), onAnswer(r) for the page's
   * own effects of a host answer, onReply(id, data) for replies to hooks.
   */
  window.createZafBridge = function (options) {
    var frame = options.frame;
    var appOrigin = options.appOrigin;
    var subscriptions = {};
    var registered = false;
    var onAnswer = options.onAnswer || function () {};

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
      var query = options.location === 'nav_bar' ? 'location=nav_bar' : 'ticket=' + options.ticketId;
      fetch('/__helpdesk/session?' + query + '&user=' + options.userId)
        .then(function (r) { return r.json(); })
        .then(function (session) {
          registered = true;
          toApp({ key: 'zaf.app.registered', message: { metadata: session.metadata, context: session.context } });
          document.body.setAttribute('data-app-registered', 'true');
          if (options.onRegistered) options.onRegistered();
        });
    }

    function answerCall(data) {
      post('/__helpdesk/zaf', { ticketId: options.ticketId, userId: options.userId, request: data.request, params: data.params, faults: options.faults })
        .then(function (r) {
          toApp({ id: data.id, result: r.result });
          onAnswer(r);
          emit(r.events);
        });
    }

    // ZAF retries a request that Zendesk answers 429, after the wait its Retry-After header asks,
    // unless the app passes autoRetry: false (Apps framework introduction, "Rate limits").
    var MAX_AUTO_RETRIES = 10;

    function answerApiRequest(key, request, attempt) {
      attempt = attempt || 0;
      post('/__helpdesk/api', { ticketId: options.ticketId, userId: options.userId, options: request, faults: options.faults })
        .then(function (r) {
          var headers = Object.assign({ 'content-type': 'application/json; charset=utf-8' }, r.headers || {});
          if (r.status === 429 && request.autoRetry !== false && attempt < MAX_AUTO_RETRIES) {
            var seconds = Number(headers['retry-after']);
            setTimeout(function () { answerApiRequest(key, request, attempt + 1); }, (isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
            return;
          }
          var ok = r.status < 400;
          // A success passes the parsed body; its text is written out only when the app asks for the whole response.
          var xhr = { status: r.status, statusText: ok ? 'success' : 'error', responseJSON: r.body, headers: headers };
          if (!ok) xhr.responseText = JSON.stringify(r.body);
          if (ok) {
            var args = request.httpCompleteResponse
              ? [{ status: r.status, headers: headers, responseText: JSON.stringify(r.body), responseJSON: r.body }]
              : [r.body, 'success', xhr];
            toApp({ key: 'zaf.' + key + '.done', message: { responseArgs: args } });
          } else {
            // The failure crosses postMessage as data: no getResponseHeader, headers only with httpCompleteResponse.
            if (request.httpCompleteResponse) xhr.headers = headers;
            else delete xhr.headers;
            toApp({ key: 'zaf.' + key + '.fail', message: { responseArgs: [xhr, 'error', xhr.statusText] } });
          }
          onAnswer(r);
          emit(r.events);
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
      if (key.indexOf('iframe.reply:') === 0) { if (options.onReply) options.onReply(key.slice(13), data); return; }
      if (key.indexOf('iframe.trigger:') === 0) return emit([{ name: key.slice(15), data: data.message }]);
      if (/^request:\d+$/.test(key)) return answerApiRequest(key, data.message || {});
    });

    // Zendesk puts the user's theme in the app's URL, so the app can paint before ZAF starts.
    frame.src = appOrigin + '/' + options.appPage + '?origin=' + encodeURIComponent(location.origin) + '&app_guid=' + encodeURIComponent(options.appGuid) +
      '&colorScheme=' + encodeURIComponent(options.colorScheme || 'light');

    var api = { post: post, toApp: toApp, emit: emit, subscriptions: subscriptions, isRegistered: function () { return registered; } };
    // The top bar's theme switch tells the open app through this bridge.
    window.helpdeskBridge = api;
    return api;
  };
})();
