// Small enhancements for every page; every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // The error summary gets the keyboard first, so that a screen reader reads what to fix.
    var summary = document.getElementById('error-summary') || document.getElementById('login-error');
    if (summary) { summary.focus(); }
    // Links in the error summary move the focus to the field itself, not only scroll to it.
    document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function (event) {
        var target = document.getElementById(link.getAttribute('href').substring(1));
        if (target) { event.preventDefault(); target.focus(); target.scrollIntoView({ block: 'center' }); }
      });
    });
    var print = document.getElementById('print');
    if (print) { print.hidden = false; print.addEventListener('click', function () { window.print(); }); }
  });
})();
