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
