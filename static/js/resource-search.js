// Progressive enhancement for /ressourcen/: ticking a filter or changing the sort order
// updates the results in place (no page reload, focus stays on the control) and the result
// count is announced through the polite live region. Without JavaScript the "Filter
// anwenden" and "Sortieren" buttons submit the same form.
(function () {
  "use strict";
  var form = document.getElementById("resource-search");
  var body = document.getElementById("search-body");
  var count = document.getElementById("result-count");
  if (!form || !body || !count || !window.fetch || !window.DOMParser) return;

  var wide = window.matchMedia("(min-width: 56rem)");
  var pending = null;
  // The search the page shows. History entries that differ only in the hash (the skip
  // link "Zu den Ergebnissen", in-page anchors) must not reload anything.
  var shownSearch = window.location.search;

  function urlFor(formElement) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(formElement.elements, function (el) {
      if (!el.name || el.disabled) return;
      if ((el.type === "checkbox" || el.type === "radio") && !el.checked) return;
      if (el.value === "") return;
      params.append(el.name, el.value);
    });
    var query = params.toString();
    return formElement.action + (query ? "?" + query : "");
  }

  function filterFacet(input) {
    var fieldset = input.closest("fieldset");
    var needle = input.value.trim().toLocaleLowerCase("de");
    var shown = 0;
    fieldset.querySelectorAll("li").forEach(function (item) {
      var label = item.querySelector("label");
      var match = !needle || (label && label.textContent.toLocaleLowerCase("de").indexOf(needle) !== -1);
      item.hidden = !match;
      if (match) shown += 1;
    });
    var more = fieldset.querySelector(".facet-more");
    if (more && needle) more.open = true;
    var status = document.getElementById(input.getAttribute("aria-describedby"));
    if (status) status.textContent = needle ? shown + " Treffer" : "";
  }

  function enhance(panelOpen) {
    var panel = document.getElementById("facets-panel");
    if (panel) panel.open = panelOpen === undefined ? wide.matches : panelOpen;
    // Filters and sort apply at once; the buttons are for browsers without JavaScript.
    body.querySelectorAll(".facets__apply, .sort-control__apply").forEach(function (button) {
      button.hidden = true;
    });
    body.querySelectorAll(".facet-search").forEach(function (box) {
      box.hidden = false;
      var input = box.querySelector("input");
      input.addEventListener("input", function () { filterFacet(input); });
    });
  }

  function swap(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    var focusedId = document.activeElement && document.activeElement.id;
    var panel = document.getElementById("facets-panel");
    var panelOpen = panel ? panel.open : undefined;
    body.setAttribute("aria-busy", "true");
    fetch(url, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) { window.location.href = url; return null; }
        return response.text();
      })
      .then(function (html) {
        if (html === null) return;
        var doc = new DOMParser().parseFromString(html, "text/html");
        var newBody = doc.getElementById("search-body");
        var newCount = doc.getElementById("result-count");
        if (!newBody || !newCount) { window.location.href = url; return; }
        body.innerHTML = newBody.innerHTML;
        count.textContent = newCount.textContent;
        document.title = doc.title;
        if (push) window.history.pushState({ search: true }, "", url);
        shownSearch = window.location.search;
        enhance(panelOpen);
        var again = focusedId && document.getElementById(focusedId);
        if (again) again.focus();
      })
      .catch(function (error) {
        if (error.name !== "AbortError") window.location.href = url;
      })
      .finally(function () { body.removeAttribute("aria-busy"); });
  }

  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.form !== form || !(el.type === "checkbox" || el.name === "sort")) return;
    swap(urlFor(form), true);
  });

  window.addEventListener("popstate", function () {
    // Back/forward between searches shows that search; a hash change alone is left to the
    // browser, which moves focus to the target.
    if (window.location.search === shownSearch) return;
    swap(window.location.href, false);
  });

  // A plain submit (Enter in the search field) leaves out empty fields such as the default
  // sort order, so the address stays short and a new query gets its own default sort.
  form.addEventListener("submit", function () {
    var emptied = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && !el.disabled && el.value === "" && el.name !== "q") {
        el.disabled = true;
        emptied.push(el);
      }
    });
    window.setTimeout(function () {
      emptied.forEach(function (el) { el.disabled = false; });
    }, 0);
  });

  enhance();
})();
