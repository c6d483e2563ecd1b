// The nav bar page: hosts the app's nav_bar location full-page over the App Framework's
// postMessage protocol. No ticket is open here, so ticket paths answer as unavailable.
(function () {
  'use strict';
  var cfg = window.HELPDESK_CONFIG;
  var params = new URLSearchParams(location.search);
  var bridge = window.createZafBridge({
    frame: document.getElementById('app-frame'),
    appOrigin: location.protocol + '//' + location.hostname + ':' + cfg.appPort,
    appPage: cfg.appPage,
    appGuid: cfg.appGuid,
    userId: cfg.userId,
    ticketId: 0,
    location: 'nav_bar',
    colorScheme: cfg.colorScheme,
    onAnswer: function (r) {
      (r.effects || []).forEach(function (e) {
        var frame = document.getElementById('app-frame');
        if (e.type === 'resize' && e.height) frame.style.height = /^\d+$/.test(e.height) ? e.height + 'px' : e.height;
        if (e.type === 'route') location.href = e.path + '?user=' + cfg.userId;
      });
    },
    faults: { fail: params.get('fail') || '', slow: params.get('slow') || '' },
    onRegistered: function () {
      bridge.emit([{ name: 'pane.activated' }]);
    },
  });
})();
