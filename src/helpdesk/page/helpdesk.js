// The ticket page: renders the ticket, takes the agent's edits, and hosts the sidebar app over
// the App Framework's postMessage protocol. The server keeps the state and answers every call.
(function () {
  'use strict';
  var cfg = window.HELPDESK_CONFIG;
  var params = new URLSearchParams(location.search);
  var faults = { fail: params.get('fail') || '', slow: params.get('slow') || '' };
  var ticketId = cfg.ticketId;
  var userId = cfg.userId;
  var appOrigin = location.protocol + '//' + location.hostname + ':' + cfg.appPort;
  var frame = document.getElementById('app-frame');
  var main = document.getElementById('ticket-main');
  var pendingReplies = {};
  var bridge = null;
  var view = null;
  var els = {};
  var changeChain = Promise.resolve();

  // ---- rendering -------------------------------------------------------------------------

  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') el.textContent = attrs[k];
      else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2), attrs[k]);
      else el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }

  function laneLabel(value) {
    if (value == null || value === '') return '–';
    var m = String(value).match(/^lane_(\d+)$/);
    return m ? 'Lane ' + m[1] : String(value);
  }

  function label(text) {
    return h('div', { class: 'prop-label', text: text });
  }

  function build(v) {
    main.textContent = '';
    var prioritySelect = h('select', { id: 'field-priority', onchange: function () {
      change({ kind: 'priority', value: prioritySelect.value });
    } }, [h('option', { value: '', text: '-' })].concat(v.priorities.map(function (p) {
      return h('option', { value: p, text: p.charAt(0).toUpperCase() + p.slice(1) });
    })));
    var familySelect = h('select', { id: 'field-issue-family', onchange: function () {
      if (v.issueFamily) change({ kind: 'customField', fieldId: v.issueFamily.id, value: familySelect.value || null });
    } }, [h('option', { value: '', text: '-' })].concat(v.issueFamilies.map(function (f) {
      return h('option', { value: f, text: f.replace(/_/g, ' ') });
    })));
    var draftField = h('textarea', { id: 'field-ai-draft', rows: '3', onchange: function () {
      if (v.aiDraft) change({ kind: 'customField', fieldId: v.aiDraft.id, value: draftField.value || null });
    } });
    var draftBlock = h('section', { class: 'prop-block', id: 'field-ai-draft-block' }, [label('AI draft'), draftField]);
    var tagInput = h('input', { id: 'tag-input', placeholder: 'Add a tag', onkeydown: function (e) {
      if (e.key === 'Enter' && tagInput.value.trim()) {
        e.preventDefault();
        change({ kind: 'tagAdd', tag: tagInput.value.trim() });
        tagInput.value = '';
      }
    } });
    var tags = h('div', { id: 'tags', class: 'tags' });
    var props = h('div', { class: 'ticket-props' }, [
      h('section', { class: 'prop-block' }, [label('Requester'), h('div', { id: 'requester' })]),
      h('section', { class: 'prop-block' }, [label('Organization'), h('div', { id: 'organization' })]),
      h('section', { class: 'prop-block' }, [label('Status'), h('div', { id: 'field-status' })]),
      h('section', { class: 'prop-block' }, [label('Priority'), prioritySelect]),
      h('section', { class: 'prop-block' }, [label('Issue family'), familySelect]),
      h('section', { class: 'prop-block' }, [label('Escalation lane'), h('div', { id: 'field-lane', class: 'lane-value' })]),
      draftBlock,
      h('section', { class: 'prop-block' }, [label('Tags'), tags, tagInput]),
    ]);
    var textarea = h('textarea', { id: 'composer-text', rows: '5', placeholder: 'Add a reply', oninput: function () {
      change({ kind: 'commentText', value: textarea.value });
    } });
    var publicBtn = h('button', { type: 'button', id: 'composer-public', class: 'toggle', onclick: function () {
      change({ kind: 'commentType', value: 'publicReply' });
    } }, ['Public reply']);
    var internalBtn = h('button', { type: 'button', id: 'composer-internal', class: 'toggle', onclick: function () {
      change({ kind: 'commentType', value: 'internalNote' });
    } }, ['Internal note']);
    var submitBtn = h('button', { type: 'button', id: 'submit', class: 'submit', onclick: submit }, ['Submit']);
    var conversation = h('div', { class: 'conversation' }, [
      h('header', { class: 'ticket-header' }, [
        h('h1', { id: 'ticket-subject' }),
        h('div', { class: 'ticket-meta', id: 'ticket-meta' }),
      ]),
      h('ol', { id: 'comments', class: 'comments' }),
      h('div', { id: 'composer', class: 'composer' }, [
        h('div', { class: 'composer-tabs' }, [publicBtn, internalBtn]),
        textarea,
        h('div', { class: 'composer-actions' }, [
          h('span', { id: 'submit-error', class: 'submit-error', role: 'alert' }),
          submitBtn,
        ]),
      ]),
    ]);
    main.appendChild(props);
    main.appendChild(conversation);
    els = {
      prioritySelect: prioritySelect,
      familySelect: familySelect,
      draftField: draftField,
      draftBlock: draftBlock,
      tags: tags,
      textarea: textarea,
      publicBtn: publicBtn,
      internalBtn: internalBtn,
      submitBtn: submitBtn,
      composer: conversation.querySelector('#composer'),
    };
  }

  function update(v) {
    if (!v) return;
    if (!view) build(v);
    view = v;
    var t = v.ticket;
    document.getElementById('ticket-subject').textContent = t.subject;
    document.getElementById('ticket-meta').textContent =
      '#' + t.id + ' · via ' + t.channel + (t.group ? ' · ' + t.group : '') + (t.type ? ' · ' + t.type : '');
    var req = document.getElementById('requester');
    req.textContent = '';
    if (v.requester) {
      req.appendChild(h('div', { class: 'person-name', text: v.requester.name }));
      if (v.requester.email) req.appendChild(h('div', { class: 'muted', text: v.requester.email }));
    } else req.appendChild(h('span', { class: 'muted', text: 'Unknown' }));
    var org = document.getElementById('organization');
    org.textContent = '';
    if (v.organization) {
      org.appendChild(h('div', { class: 'person-name', text: v.organization.name }));
      var dl = h('dl', { class: 'org-fields' });
      Object.keys(v.organization.fields).forEach(function (k) {
        var value = v.organization.fields[k];
        dl.appendChild(h('dt', { text: k.replace(/_/g, ' ') }));
        dl.appendChild(h('dd', { text: value == null || value === '' ? '–' : String(value) }));
      });
      org.appendChild(dl);
    } else org.appendChild(h('span', { class: 'muted', text: 'None' }));
    var status = document.getElementById('field-status');
    status.textContent = '';
    status.appendChild(h('span', { class: 'status-badge status-' + t.status, text: t.status }));
    els.prioritySelect.value = t.priority || '';
    els.familySelect.value = v.issueFamily && v.issueFamily.value ? String(v.issueFamily.value) : '';
    // A field an app hid (ticketFields:custom_field_<id>.hide) is not on the form; one not on the form is never shown.
    var draftShown = !!(v.aiDraft && !v.aiDraft.hidden);
    els.draftBlock.hidden = !draftShown;
    els.draftBlock.setAttribute('data-hidden', String(!draftShown));
    els.draftField.value = draftShown && v.aiDraft.value ? String(v.aiDraft.value) : '';
    document.body.setAttribute('data-unsaved', String(!!v.unsaved));
    var lane = document.getElementById('field-lane');
    lane.textContent = laneLabel(v.lane && v.lane.value);
    lane.setAttribute('data-lane', (v.lane && v.lane.value) || '');
    els.tags.textContent = '';
    t.tags.forEach(function (tag) {
      els.tags.appendChild(h('span', { class: 'tag', 'data-tag': tag }, [
        tag,
        h('button', { type: 'button', class: 'tag-remove', 'aria-label': 'Remove ' + tag, onclick: function () {
          change({ kind: 'tagRemove', tag: tag });
        } }, ['×']),
      ]));
    });
    var list = document.getElementById('comments');
    list.textContent = '';
    v.comments.forEach(function (c) {
      list.appendChild(h('li', { class: 'comment ' + (c.public ? 'comment-public' : 'comment-internal'), 'data-comment-id': String(c.id) }, [
        h('div', { class: 'comment-head' }, [
          h('span', { class: 'avatar' + (c.authorIsStaff ? ' avatar-staff' : ''), text: c.authorName.charAt(0) }),
          h('strong', { text: c.authorName }),
          c.public ? null : h('span', { class: 'internal-label', text: 'Internal note' }),
          h('span', { class: 'muted when', text: (c.createdAt || '').slice(0, 16).replace('T', ' ') }),
        ]),
        h('div', { class: 'comment-body', text: c.body }),
      ]));
    });
    if (els.textarea.value !== v.draft.text) els.textarea.value = v.draft.text;
    var internal = v.draft.type === 'internalNote';
    els.composer.classList.toggle('composer-internal', internal);
    els.publicBtn.classList.toggle('active', !internal);
    els.internalBtn.classList.toggle('active', internal);
    els.publicBtn.setAttribute('aria-pressed', String(!internal));
    els.internalBtn.setAttribute('aria-pressed', String(internal));
    document.body.setAttribute('data-view-loaded', 'true');
  }

  function toast(message, kind, durationMs) {
    var box = document.getElementById('toasts');
    var el = h('div', { class: 'toast toast-' + (kind || 'notice'), 'data-kind': kind || 'notice', role: 'status', text: message });
    box.appendChild(el);
    if (durationMs !== 0) setTimeout(function () { el.remove(); }, durationMs || 5000);
  }

  function applyEffects(effects) {
    (effects || []).forEach(function (e) {
      if (e.type === 'notify') toast(e.message, e.kind, e.durationMs);
      if (e.type === 'resize' && e.height) {
        frame.style.height = /^\d+$/.test(e.height) ? e.height + 'px' : e.height;
      }
      if (e.type === 'route') location.href = e.path + '?user=' + userId;
    });
  }

  // ---- agent edits -----------------------------------------------------------------------

  function change(c) {
    changeChain = changeChain.then(function () {
      return bridge.post('/__helpdesk/tickets/' + ticketId + '/change', { userId: userId, change: c }).then(function (r) {
        update(r.view);
        bridge.emit(r.events);
      });
    }).catch(function (err) {
      toast(String(err), 'error');
    });
    return changeChain;
  }

  function runSaveHooks() {
    if (!bridge || !bridge.isRegistered() || !(bridge.subscriptions['ticket.save'] > 0)) return Promise.resolve({ ok: true });
    return new Promise(function (resolve) {
      var timer = setTimeout(function () {
        delete pendingReplies['ticket.save'];
        resolve({ ok: false, message: 'An app did not answer in time, so the ticket was not saved.' });
      }, cfg.hookTimeoutMs);
      pendingReplies['ticket.save'] = function (reply) {
        clearTimeout(timer);
        delete pendingReplies['ticket.save'];
        if (reply.error) {
          var msg = reply.error.msg;
          resolve({ ok: false, message: typeof msg === 'string' && msg ? msg : 'An app prevented this ticket from being saved.' });
        } else resolve({ ok: true });
      };
      bridge.toApp({ key: 'zaf.ticket.save', needsReply: true });
    });
  }

  function submit() {
    var errorBox = document.getElementById('submit-error');
    errorBox.textContent = '';
    els.submitBtn.disabled = true;
    document.body.setAttribute('data-submit', 'running');
    return changeChain
      .then(runSaveHooks)
      .then(function (verdict) {
        if (!verdict.ok) {
          errorBox.textContent = verdict.message;
          toast(verdict.message, 'error');
          document.body.setAttribute('data-submit', 'cancelled');
          return;
        }
        bridge.emit([{ name: 'ticket.submit.start' }]);
        return bridge.post('/__helpdesk/tickets/' + ticketId + '/submit', { userId: userId }).then(function (r) {
          update(r.view);
          bridge.emit(r.events);
          bridge.emit([{ name: 'ticket.submit.done' }, { name: 'ticket.submit.always' }]);
          toast('Ticket #' + ticketId + ' updated', 'success');
          document.body.setAttribute('data-submit', 'done');
        });
      })
      .catch(function (err) {
        errorBox.textContent = String(err);
        bridge.emit([{ name: 'ticket.submit.fail' }, { name: 'ticket.submit.always' }]);
        document.body.setAttribute('data-submit', 'failed');
      })
      .then(function () {
        els.submitBtn.disabled = false;
      });
  }

  fetch('/__helpdesk/tickets/' + ticketId + '/view?user=' + userId)
    .then(function (r) { return r.json(); })
    .then(update);
  bridge = window.createZafBridge({
    frame: frame,
    appOrigin: appOrigin,
    appPage: cfg.appPage,
    appGuid: cfg.appGuid,
    userId: userId,
    ticketId: ticketId,
    location: 'ticket_sidebar',
    colorScheme: cfg.colorScheme,
    faults: faults,
    onAnswer: function (r) {
      applyEffects(r.effects);
      if (r.view) update(r.view);
    },
    onReply: function (id, data) {
      var waiting = pendingReplies[id];
      if (waiting) waiting(data);
    },
  });
  window.helpdesk = { submit: submit, change: change, subscriptions: bridge.subscriptions };
})();
