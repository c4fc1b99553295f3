/*
 * qid default theme: live search on the home page.
 *
 * Progressive enhancement only. The home page is complete without JavaScript (the providers a page at a time,
 * filter pages linked under "Browse"). When the page has a [data-qid-search] form, this script fetches the
 * search index (same origin, no other requests), fills the selects, reveals the form and, as the user types,
 * lists the matching providers of the whole directory from the index (the first PAGE_SIZE, then more on
 * request), hiding the page links meanwhile. With no search, the server-rendered page comes back as it was.
 * If anything fails, the form stays hidden and the server-rendered page stays as it is.
 * Data from the index is only ever written with textContent, never as HTML.
 */
(function () {
  "use strict";

  var FILTERS = ["light", "service", "locality", "area"];
  var PAGE_SIZE = 200;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function start() {
    var form = document.querySelector("[data-qid-search]");
    if (!form) {
      return;
    }
    if (typeof window.fetch !== "function" || typeof window.URLSearchParams !== "function") {
      return;
    }
    var indexHref = form.getAttribute("data-qid-index");
    if (!indexHref) {
      return;
    }
    window
      .fetch(indexHref, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("search index: HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (index) {
        if (!isIndex(index)) {
          throw new Error("search index: unexpected shape");
        }
        enhance(form, index);
      })
      .catch(function () {
        // Leave the page as the server rendered it: the full table and the browse links still work.
      });
  }

  function isIndex(index) {
    return (
      index !== null &&
      typeof index === "object" &&
      index.version === 2 &&
      Array.isArray(index.providers) &&
      Array.isArray(index.fields) &&
      Array.isArray(index.lights)
    );
  }

  /* A table entry by position, or the text written in its place when it was not in the table. */
  function term(table, value) {
    if (typeof value === "number") {
      var entry = table[value];
      return entry && typeof entry.key === "string" ? entry : { key: "", title: "" };
    }
    return { key: text(value), title: text(value) };
  }

  /* "2026-03-14" → "14 March 2026", as the server writes it. */
  function longDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text(iso));
    if (!parts) {
      return "Not yet rated";
    }
    return Number(parts[3]) + " " + (MONTHS[Number(parts[2]) - 1] || "") + " " + parts[1];
  }

  /* Index version 2 keeps each provider as an array in the order of index.fields: rebuild the objects. */
  function providersOf(index) {
    var at = {};
    index.fields.forEach(function (name, position) {
      at[name] = position;
    });
    var services = list(index.services);
    var localities = list(index.localities);
    var areas = list(index.areas);
    var lights = list(index.lights);
    var href = text(index.providerHref);
    var notices = index.notices && typeof index.notices === "object" ? index.notices : {};
    return list(index.providers)
      .filter(Array.isArray)
      .map(function (values) {
        var serviceTerms = list(values[at.services]).map(function (value) { return term(services, value); });
        var areaTerms = list(values[at.areas]).map(function (value) { return term(areas, value); });
        var light = lights[values[at.light]];
        return {
          id: text(values[at.id]),
          href: href + encodeURIComponent(text(values[at.id])) + "/",
          name: text(values[at.name]),
          organisation: text(values[at.organisation]),
          postcode: text(values[at.postcode]),
          light: light && typeof light.key === "string" ? light.key : text(values[at.light]),
          services: serviceTerms.map(function (entry) { return entry.key; }),
          servicesText: serviceTerms.map(function (entry) { return entry.title; }).join(", "),
          locality: term(localities, values[at.locality]).title,
          areas: areaTerms.map(function (entry) { return entry.key; }),
          areasText: areaTerms.map(function (entry) { return entry.title; }).join(", "),
          latestRating: longDate(values[at.latestRating]),
          cqcRating: at.cqcRating === undefined ? "" : text(values[at.cqcRating]),
          status: text(values[at.status]),
          notice: reviewNotice(notices, text(values[at.review]))
        };
      });
  }

  /* The policy's words for an overdue ("LAST/DUE") or missing ("never") review, as the server writes them. */
  function reviewNotice(notices, review) {
    if (review === "never") {
      return text(notices.neverReviewed);
    }
    var dates = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(review);
    if (!dates) {
      return "";
    }
    return text(notices.reviewOverdue)
      .split("{last_review}").join(longDate(dates[1]))
      .split("{due}").join(longDate(dates[2]));
  }

  function list(value) {
    return Array.isArray(value) ? value : [];
  }

  function text(value) {
    return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
  }

  function fold(value) {
    return text(value).toLowerCase();
  }

  function enhance(form, index) {
    var input = form.querySelector('input[name="q"]');
    var selects = {};
    FILTERS.forEach(function (name) {
      selects[name] = form.querySelector('select[name="' + name + '"]');
    });
    var tbody = document.querySelector("[data-qid-rows]");
    var tableWrapper = document.querySelector("[data-qid-table]");
    var summary = document.querySelector("[data-qid-summary]");
    var clear = form.querySelector("[data-qid-clear]");
    var caption = tableWrapper ? tableWrapper.querySelector("caption") : null;
    var allCaption = caption ? caption.textContent : "";
    var pagination = document.querySelector("[data-qid-pagination]");
    if (!input || !tbody) {
      return;
    }
    // The server's page, to put back when the search is cleared.
    var serverRows = document.createDocumentFragment();
    Array.prototype.forEach.call(tbody.childNodes, function (node) {
      serverRows.appendChild(node.cloneNode(true));
    });
    var serverSummary = summary ? summary.textContent : "";
    var limit = PAGE_SIZE;
    var more = document.createElement("button");
    more.type = "button";
    more.className = "qi-button qi-button--secondary qi-more";
    more.hidden = true;
    if (tableWrapper && tableWrapper.parentNode) {
      tableWrapper.parentNode.insertBefore(more, tableWrapper.nextSibling);
    }

    var lightsByKey = Object.create(null);
    list(index.lights).forEach(function (light) {
      if (light && typeof light.key === "string") {
        lightsByKey[light.key] = light;
      }
    });
    var lastLight = list(index.lights)[list(index.lights).length - 1];
    var neutralClass = lastLight && typeof lastLight.cssClass === "string" ? lastLight.cssClass : "";

    fillSelect(selects.light, list(index.lights), "word");
    fillSelect(selects.service, list(index.services), "title");
    fillSelect(selects.locality, list(index.localities), "title");
    fillSelect(selects.area, list(index.areas), "title");

    var providers = providersOf(index);
    providers.forEach(function (provider) {
      provider._name = fold(provider.name);
      provider._organisation = fold(provider.organisation);
      provider._postcode = fold(provider.postcode);
      provider._postcodeCompact = provider._postcode.replace(/\s+/g, "");
    });

    readStateFromURL(input, selects);

    var lastAnnounced = null;
    var announceTimer = null;

    function currentState() {
      var state = { q: input.value };
      FILTERS.forEach(function (name) {
        state[name] = selects[name] ? selects[name].value : "";
      });
      return state;
    }

    function matches(provider, state, query, compact) {
      if (query) {
        var found =
          provider._name.indexOf(query) !== -1 ||
          provider._organisation.indexOf(query) !== -1 ||
          provider._postcode.indexOf(query) !== -1 ||
          (compact !== "" && provider._postcodeCompact.indexOf(compact) !== -1);
        if (!found) {
          return false;
        }
      }
      if (state.light && provider.light !== state.light) {
        return false;
      }
      if (state.service && list(provider.services).indexOf(state.service) === -1) {
        return false;
      }
      if (state.locality && provider.locality !== state.locality) {
        return false;
      }
      if (state.area && list(provider.areas).indexOf(state.area) === -1) {
        return false;
      }
      return true;
    }

    function update(options) {
      var state = currentState();
      var query = fold(state.q).replace(/\s+/g, " ").trim();
      var compact = query.replace(/\s+/g, "");
      var filtered = query !== "" || FILTERS.some(function (name) { return state[name] !== ""; });
      if (!(options && options.more)) {
        limit = PAGE_SIZE;
      }
      var shown = filtered
        ? providers.filter(function (provider) {
            return matches(provider, state, query, compact);
          })
        : [];
      if (filtered) {
        renderRows(tbody, shown.slice(0, limit), lightsByKey, neutralClass);
      } else {
        while (tbody.firstChild) {
          tbody.removeChild(tbody.firstChild);
        }
        tbody.appendChild(serverRows.cloneNode(true));
      }
      if (tableWrapper) {
        tableWrapper.hidden = filtered && shown.length === 0;
      }
      if (pagination) {
        pagination.hidden = filtered;
      }
      var remaining = shown.length - limit;
      more.hidden = !filtered || remaining <= 0;
      more.textContent = "Show " + Math.min(PAGE_SIZE, Math.max(remaining, 0)) + " more providers";
      var message = filtered ? summaryText(shown.length, Math.min(shown.length, limit)) : serverSummary;
      if (caption) {
        caption.textContent = filtered ? "Providers matching your search" : allCaption;
      }
      if (summary) {
        if (options && options.immediate) {
          setSummary(message);
        } else {
          // Wait for a pause in typing so screen readers hear one summary, not one per key.
          if (announceTimer) {
            window.clearTimeout(announceTimer);
          }
          announceTimer = window.setTimeout(function () {
            setSummary(message);
          }, 500);
        }
      }
      writeStateToURL(state);
    }

    function setSummary(message) {
      if (message !== lastAnnounced) {
        summary.textContent = message;
        lastAnnounced = message;
      }
    }

    input.addEventListener("input", function () {
      update();
    });
    FILTERS.forEach(function (name) {
      if (selects[name]) {
        selects[name].addEventListener("change", function () {
          update();
        });
      }
    });
    more.addEventListener("click", function () {
      limit += PAGE_SIZE;
      update({ immediate: true, more: true });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      update({ immediate: true });
    });
    if (clear) {
      clear.addEventListener("click", function () {
        input.value = "";
        FILTERS.forEach(function (name) {
          if (selects[name]) {
            selects[name].value = "";
          }
        });
        update({ immediate: true });
        input.focus();
      });
    }

    form.hidden = false;
    update({ immediate: true });
  }

  function fillSelect(select, items, labelKey) {
    if (!select) {
      return;
    }
    items.forEach(function (item) {
      if (!item || typeof item.key !== "string") {
        return;
      }
      var option = document.createElement("option");
      option.value = item.key;
      option.textContent = text(item[labelKey]) || item.key;
      select.appendChild(option);
    });
  }

  function hasOption(select, value) {
    if (!select) {
      return false;
    }
    for (var i = 0; i < select.options.length; i += 1) {
      if (select.options[i].value === value) {
        return true;
      }
    }
    return false;
  }

  function readStateFromURL(input, selects) {
    var params;
    try {
      params = new URLSearchParams(window.location.search);
    } catch (error) {
      return;
    }
    var q = params.get("q");
    if (q !== null) {
      input.value = q.slice(0, 200);
    }
    FILTERS.forEach(function (name) {
      var value = params.get(name);
      if (value !== null && hasOption(selects[name], value)) {
        selects[name].value = value;
      }
    });
  }

  function writeStateToURL(state) {
    if (!window.history || typeof window.history.replaceState !== "function") {
      return;
    }
    try {
      var params = new URLSearchParams(window.location.search);
      ["q"].concat(FILTERS).forEach(function (name) {
        var value = name === "q" ? text(state.q).trim() : state[name];
        if (value) {
          params.set(name, value);
        } else {
          params.delete(name);
        }
      });
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      if (url !== window.location.pathname + window.location.search + window.location.hash) {
        window.history.replaceState(window.history.state, "", url);
      }
    } catch (error) {
      // Some contexts (file: URLs, sandboxed frames) refuse replaceState; the search still works.
    }
  }

  function summaryText(matching, listed) {
    if (matching === 0) {
      return "No providers match. Try fewer words, or clear the search.";
    }
    var message = grouped(matching) + (matching === 1 ? " provider matches." : " providers match.");
    return listed < matching ? message + " Showing the first " + grouped(listed) + "." : message;
  }

  /* 25000 → "25,000", as the server writes counts (fixed grouping, whatever the browser's language). */
  function grouped(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function element(name, className, content) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (content !== undefined && content !== null) {
      node.textContent = text(content);
    }
    return node;
  }

  /* The same markup as templates/provider-table.mustache and light-tag.mustache. */
  function renderRows(tbody, providers, lightsByKey, neutralClass) {
    var fragment = document.createDocumentFragment();
    providers.forEach(function (provider) {
      var row = document.createElement("tr");

      var header = element("th");
      header.setAttribute("scope", "row");
      var link = element("a", null, provider.name);
      link.setAttribute("href", text(provider.href));
      header.appendChild(link);
      if (text(provider.organisation) !== "") {
        header.appendChild(element("span", "qi-secondary-text", provider.organisation));
      }
      if (text(provider.status) !== "") {
        header.appendChild(document.createTextNode(" "));
        header.appendChild(element("strong", "qi-status-tag", provider.status));
      }
      row.appendChild(header);

      // A light not in the index's table (never written by qid) takes the class of "not yet rated", the table's last.
      var light = lightsByKey[provider.light] || { word: text(provider.light), cssClass: neutralClass };
      var lightCell = element("td");
      var tag = element("strong", "qi-light", light.word);
      if (typeof light.cssClass === "string" && light.cssClass !== "") {
        light.cssClass.split(/\s+/).forEach(function (name) {
          if (name) {
            tag.classList.add(name);
          }
        });
      }
      lightCell.appendChild(tag);
      if (text(provider.notice) !== "") {
        lightCell.appendChild(element("span", "qi-light-notice", provider.notice));
      }
      row.appendChild(lightCell);

      row.appendChild(element("td", null, provider.servicesText));
      row.appendChild(element("td", null, provider.areasText));

      var locality = element("td", null, provider.locality);
      if (text(provider.postcode) !== "") {
        locality.appendChild(element("span", "qi-secondary-text", provider.postcode));
      }
      row.appendChild(locality);

      var latest = element("td", null, provider.latestRating);
      if (provider.cqcRating !== "") {
        latest.appendChild(element("span", "qi-secondary-text", "CQC: " + provider.cqcRating));
      }
      row.appendChild(latest);
      fragment.appendChild(row);
    });
    while (tbody.firstChild) {
      tbody.removeChild(tbody.firstChild);
    }
    tbody.appendChild(fragment);
  }

  try {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", start);
    } else {
      start();
    }
  } catch (error) {
    // Never break the page.
  }
})();
