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

// Search page: on wide screens the filters stand open beside the results (on a phone they stay
// folded under "Filters (n selected)", after the results). Without JavaScript the stylesheet
// shows them where the browser can.
document.addEventListener("DOMContentLoaded", function () {
  var fold = document.querySelector(".filters-fold");
  if (!fold || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 40.0625rem)");
  var follow = function () {
    if (wide.matches) {
      fold.open = true;
    }
  };
  follow();
  wide.addEventListener("change", follow);
});

// Type-to-filter for long lists of checkboxes (the country filter, the form's countries):
// a search box above the list hides the entries that do not contain what was typed. Without
// JavaScript the whole A–Z list shows.
document.addEventListener("DOMContentLoaded", function () {
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  document.querySelectorAll("[data-filterable]").forEach(function (list, at) {
    var itemSelector = list.getAttribute("data-filter-items") || "label";
    var items = Array.prototype.slice.call(list.querySelectorAll(itemSelector));
    var groups = list.querySelectorAll("[data-filter-group]");
    var id = "find-" + at;
    var box = document.createElement("div");
    box.className = "facet__find";
    box.innerHTML = '<label class="label" for="' + id + '"></label>' +
      '<input type="search" class="input" id="' + id + '" autocomplete="off" spellcheck="false">' +
      '<p class="facet__none" role="status" aria-live="polite"></p>';
    // Pages in another language give their own words (data-find-label, data-none-found,
    // data-shown with %n for the count).
    box.querySelector("label").textContent = list.getAttribute("data-find-label") ||
      "Find " + list.getAttribute("data-filterable").toLowerCase();
    var noneFound = list.getAttribute("data-none-found") || "None found";
    var shownText = list.getAttribute("data-shown") || "%n shown";
    var input = box.querySelector("input");
    var status = box.querySelector("p");
    var anchor = list.querySelector("[data-filter-before]") || list.firstElementChild.nextElementSibling;
    list.insertBefore(box, anchor);
    var keys = items.map(function (item) { return fold(item.textContent); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
      }
    });
    input.addEventListener("input", function () {
      var typed = fold(input.value.trim());
      var shown = 0;
      items.forEach(function (item, i) {
        var match = typed === "" || keys[i].indexOf(typed) !== -1 || item.querySelector("input:checked");
        item.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      Array.prototype.forEach.call(groups, function (group) {
        group.hidden = !group.querySelector(itemSelector + ":not([hidden])");
      });
      status.textContent = typed === "" ? "" : shown === 0 ? noneFound : shownText.replace("%n", shown);
    });
  });
});
