// Progressive enhancement of the GOV.UK error summary (forms work without it): move focus to
// the summary when the page shows one, and make its links focus the field they name.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    var group = field.closest(".form-group") || field;
    group.scrollIntoView();
    field.focus({ preventScroll: true });
    history.replaceState(null, "", link.getAttribute("href"));
  });
});
