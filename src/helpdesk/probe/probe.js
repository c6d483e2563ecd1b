// A minimal sidebar app: registers, reads the ticket and shows what it read, cancels a save on
// request and lists the events it receives. Tests drive it through window.probe.
(function () {
  'use strict';
  var client = window.ZAFClient.init();
  var $ = function (id) { return document.getElementById(id); };
  var events = [];
  var laneField = 9000003;

  function show(id, text) { $(id).textContent = text; }

  function addEvent(name, data) {
    events.push({ name: name, data: data });
    var li = document.createElement('li');
    li.textContent = name + ' ' + JSON.stringify(data === undefined ? null : data);
    li.setAttribute('data-event', name);
    $('events').appendChild(li);
  }

  function showErrors(errors) {
    Object.keys(errors || {}).forEach(function (path) {
      var li = document.createElement('li');
      li.className = 'bad';
      li.setAttribute('data-path', path);
      li.textContent = path + ': ' + errors[path].message;
      $('errors').appendChild(li);
    });
  }

  client.on('app.registered', function (data) {
    show('status', 'Registered in ' + data.context.location + ' of ticket ' + data.context.ticketId);
    document.body.setAttribute('data-registered', 'true');
    var settings = data.metadata.settings || {};
    show('settings', Object.keys(settings).sort().join(', '));
    try { laneField = JSON.parse(settings.field_map).ticket.lane || laneField; } catch (e) { /* keep the default */ }
    var lanePath = 'ticket.customField:custom_field_' + laneField;
    client.get(['ticket', 'ticket.requester', 'ticket.organization', 'currentUser', lanePath]).then(function (r) {
      var t = r.ticket;
      if (t) show('ticket', '#' + t.id + ' ' + t.subject + ' (' + t.status + ', ' + t.priority + ')');
      if (r['ticket.requester']) show('requester', r['ticket.requester'].name + ' <' + r['ticket.requester'].email + '>');
      var org = r['ticket.organization'];
      if (org) show('organization', org.name + ' · ' + (org.organizationFields.plan_tier || '-'));
      var me = r.currentUser;
      if (me) show('current-user', me.name + ' (' + me.role + '; ' + me.groups.map(function (g) { return g.name; }).join(', ') + ')');
      show('lane', String(r[lanePath]));
      showErrors(r.errors);
      document.body.setAttribute('data-loaded', 'true');
    });
    [
      'ticket.updated', 'ticket.priority.changed', 'ticket.status.changed', 'ticket.tags.changed',
      'comment.text.changed', 'comment.type.changed', 'ticket.submit.start', 'ticket.submit.done',
      'ticket.submit.always', 'ticket.custom_field_9000001.changed', 'ticket.custom_field_' + laneField + '.changed',
    ].forEach(function (name) {
      client.on(name, function (data) { addEvent(name, data); });
    });
    client.on('ticket.save', function () {
      if (!$('cancel-save').checked) return true;
      $('cancel-save').checked = false;
      return Promise.reject($('cancel-message').value);
    });
    client.invoke('resize', { width: '100%', height: '520px' });
  });

  window.probe = { client: client, events: events };
})();
