// Switching who is signed in reloads the page, as signing in again does in a helpdesk.
(function () {
  var select = document.getElementById('user-switch');
  if (!select) return;
  select.addEventListener('change', function () {
    var params = new URLSearchParams(location.search);
    params.set('user', select.value);
    location.href = select.getAttribute('data-here') + '?' + params.toString();
  });
})();

// Language and theme are the signed-in user's profile settings. A new language reloads the page,
// as Zendesk does; a new theme reaches the open app as `colorScheme.changed`.
(function () {
  function save(select, body, reload) {
    fetch('/__helpdesk/users/' + select.getAttribute('data-user') + '/preferences', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    }).then(function (r) { return r.json(); }).then(function (r) {
      if (reload) return location.reload();
      document.body.setAttribute('data-color-scheme', r.colorScheme);
      if (window.helpdeskBridge) window.helpdeskBridge.emit(r.events);
    });
  }
  var language = document.getElementById('language-switch');
  if (language) language.addEventListener('change', function () { save(language, { locale: language.value }, true); });
  var theme = document.getElementById('theme-switch');
  if (theme) theme.addEventListener('change', function () { save(theme, { colorScheme: theme.value }, false); });
})();
