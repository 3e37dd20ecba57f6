// Progressive enhancement for /ressourcen/: ticking a filter or changing the sort order
// updates the results in place (no page reload, focus stays on the control) and the result
// count is announced through the polite live region. Without JavaScript the "Filter
// anwenden" button submits the same form.
(function () {
  "use strict";
  var form = document.getElementById("resource-search");
  var body = document.getElementById("search-body");
  var count = document.getElementById("result-count");
  if (!form || !body || !count || !window.fetch || !window.DOMParser) return;

  var pending = null;

  function urlFor(formElement) {
    var params = new URLSearchParams();
    Array.prototype.forEach.call(formElement.elements, function (el) {
      if (!el.name || el.disabled) return;
      if ((el.type === "checkbox" || el.type === "radio") && !el.checked) return;
      if (el.value === "" && el.name === "q") return;
      params.append(el.name, el.value);
    });
    var query = params.toString();
    return formElement.action + (query ? "?" + query : "");
  }

  function swap(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    var focusedId = document.activeElement && document.activeElement.id;
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
    window.location.reload();
  });
})();
