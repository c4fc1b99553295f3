/*
 * qid default theme: find and compare providers on the home page (GOV.UK's "filter a list" pattern).
 *
 * Progressive enhancement only. The home page is complete without JavaScript (the providers a page at a time,
 * the pre-rendered lists linked under "Browse", each grouped by light). When the page has a [data-qid-search]
 * form, this script fetches the search index (same origin, no other requests) and reveals:
 * - checkboxes for each facet (light, service type, locality, service area): several values of one facet widen
 *   the list (OR), ticks in different facets narrow it (AND); beside every option, how many providers it would
 *   list with the other choices as they are;
 * - the selected filters as tags that remove them, and "Clear filters";
 * - search over name, organisation, address (town), postcode (whole or district) and service type names, case-
 *   and accent-insensitive, best matches first (name matches before the rest);
 * - sorting by light (worst or best first), name, latest rating and CQC rating;
 * - a summary of the result counted by light, announced to screen readers (aria-live).
 * The state lives in the address (?q=…&light=green&service=home-care&locality=cherwell&sort=light-worst): keys,
 * never titles; each choice is a history entry, so Back undoes it. A locality matches a provider located there or
 * covering it (covers: in provider.yaml). With no choice made, the server-rendered page comes back as it was.
 * If anything fails, the form stays hidden and the server-rendered page stays as it is.
 * Data from the index is only ever written with textContent, never as HTML.
 */
(function () {
  "use strict";

  var FACETS = [
    { name: "light", table: "lights", title: "word", legend: "" },
    { name: "service", table: "services", title: "title", legend: "Service type" },
    { name: "locality", table: "localities", title: "title", legend: "Locality" },
    { name: "area", table: "areas", title: "title", legend: "Service area" }
  ];
  var SORTS = ["relevance", "light-worst", "light-best", "name", "reviewed", "cqc-best", "cqc-worst"];
  var SORT_WORDS = {
    relevance: "best match first",
    name: "name, A to Z",
    reviewed: "latest rating, newest first",
    "cqc-best": "CQC rating, best first",
    "cqc-worst": "CQC rating, worst first"
  };
  var PAGE_SIZE = 200;
  var SCROLLING_FACET = 12;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function start() {
    var form = document.querySelector("[data-qid-search]");
    if (!form || typeof window.fetch !== "function" || typeof window.URLSearchParams !== "function") {
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
      index.version === 3 &&
      Array.isArray(index.providers) &&
      Array.isArray(index.fields) &&
      Array.isArray(index.lights)
    );
  }

  function list(value) {
    return Array.isArray(value) ? value : [];
  }

  function text(value) {
    return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
  }

  /* Lower case, accents and apostrophes dropped, anything else not a letter or digit as one space. */
  function fold(value) {
    var folded = text(value);
    if (typeof folded.normalize === "function") {
      folded = folded.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }
    return folded.toLowerCase().replace(/['\u2018\u2019`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  }

  /* A folded field with a space at each end, so " word" finds a word start and " word " a whole word. */
  function field(value) {
    return " " + fold(value) + " ";
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

  /* The id, which the index writes as a number when it is made from the name: 0 for the name's slug, N for the
     slug then "-N" (SearchIndex.id; only for names in ASCII, slugged as Slug.of does). */
  function idOf(value, name) {
    if (typeof value !== "number") {
      return text(value);
    }
    var slug = "";
    var lower = name.toLowerCase();
    for (var i = 0; i < lower.length; i += 1) {
      var character = lower.charAt(i);
      if (/[a-z0-9]/.test(character)) {
        slug += character;
      } else if (slug !== "" && slug.charAt(slug.length - 1) !== "-") {
        slug += "-";
      }
    }
    slug = slug.replace(/-+$/, "") || "other";
    return value === 0 ? slug : slug + "-" + value;
  }

  /* Index version 3 keeps each provider as an array in the order of index.fields (trailing empty values left out). */
  function providersOf(index) {
    var at = {};
    index.fields.forEach(function (name, position) {
      at[name] = position;
    });
    var tables = {
      services: list(index.services),
      localities: list(index.localities),
      areas: list(index.areas),
      cqcRatings: list(index.cqcRatings)
    };
    var lights = list(index.lights);
    var href = text(index.providerHref);
    var notices = index.notices && typeof index.notices === "object" ? index.notices : {};
    return list(index.providers)
      .filter(Array.isArray)
      .map(function (values) {
        function terms(name, table) {
          return list(values[at[name]]).map(function (value) { return term(table, value); });
        }
        var services = terms("services", tables.services);
        var areas = terms("areas", tables.areas);
        var locality = term(tables.localities, values[at.locality]);
        var covers = terms("covers", tables.localities);
        var lightPosition = typeof values[at.light] === "number" ? values[at.light] : lights.length - 1;
        var light = lights[lightPosition] || {};
        var cqcValue = values[at.cqcRating];
        var cqc = typeof cqcValue === "number" ? term(tables.cqcRatings, cqcValue) : { key: "", title: text(cqcValue) };
        var postcode = text(values[at.postcode]);
        var provider = {
          id: idOf(values[at.id], text(values[at.name])),
          name: text(values[at.name]),
          organisation: text(values[at.organisation]),
          postcode: postcode,
          lightPosition: lightPosition,
          lightKey: text(light.key),
          servicesText: services.map(function (entry) { return entry.title; }).join(", "),
          locality: locality.title,
          areasText: areas.map(function (entry) { return entry.title; }).join(", "),
          latestISO: text(values[at.latestRating]),
          cqcPosition: typeof cqcValue === "number" && cqc.key !== "insufficient-evidence" ? cqcValue : -1,
          cqcRating: cqc.title,
          status: text(values[at.status]),
          notice: reviewNotice(notices, text(values[at.review]))
        };
        provider.href = href + encodeURIComponent(provider.id) + "/";
        provider.latestRating = longDate(provider.latestISO);
        provider.sortName = provider.name.toLowerCase();
        provider.values = {
          light: [provider.lightKey],
          service: services.map(function (entry) { return entry.key; }),
          locality: [locality.key].concat(covers.map(function (entry) { return entry.key; })),
          area: areas.map(function (entry) { return entry.key; })
        };
        provider.search = {
          name: field(provider.name),
          organisation: field(provider.organisation),
          place: field(text(values[at.address]) + " " + locality.title),
          postcode: field(postcode + " " + postcode.replace(/\s+/g, "")),
          services: field(provider.servicesText),
          // Each title on its own, so a phrase never runs from one title into the next.
          serviceTitles: services.map(function (entry) { return field(entry.title); })
        };
        return provider;
      });
  }

  /* --------------------------------------------------------------------------------------------- search */

  function query(q) {
    var words = fold(q).split(" ").filter(function (word) { return word !== ""; });
    return { words: words, phrase: words.join(" ") };
  }

  /* An outward code ("OX16", "B1", "SW1A"): in a postcode it must be the whole district, so "OX1" is not "OX16". */
  function isDistrict(word) {
    return /^[a-z]{1,2}[0-9][a-z0-9]?$/.test(word);
  }

  function hasWord(fieldText, word) {
    return fieldText.indexOf(" " + word) !== -1;
  }

  function hasAll(fieldText, words) {
    return words.every(function (word) { return hasWord(fieldText, word); });
  }

  function inPostcode(fieldText, word) {
    return fieldText.indexOf(" " + word + (isDistrict(word) ? " " : "")) !== -1;
  }

  /* 0 when the provider does not match; otherwise higher for better matches: name first. */
  function score(provider, q) {
    if (q.words.length === 0) {
      return 1;
    }
    var s = provider.search;
    var every = q.words.every(function (word) {
      return hasWord(s.name, word) || hasWord(s.organisation, word) || hasWord(s.place, word) ||
        inPostcode(s.postcode, word) || hasWord(s.services, word);
    });
    if (!every) {
      return 0;
    }
    var phrase = " " + q.phrase;
    if (s.name === phrase + " ") {
      return 100;
    }
    if (s.name.indexOf(phrase) === 0) {
      return 90;
    }
    if (s.name.indexOf(phrase) !== -1) {
      return 80;
    }
    if (s.organisation.indexOf(phrase) !== -1) {
      return 60;
    }
    if (q.words.every(function (word) { return inPostcode(s.postcode, word); })) {
      return 55;
    }
    if (s.place.indexOf(phrase) !== -1) {
      return 50;
    }
    if (s.serviceTitles.some(function (title) { return title.indexOf(phrase) !== -1; })) {
      return 45;
    }
    if (hasAll(s.name, q.words)) {
      return 40;
    }
    if (hasAll(s.organisation, q.words)) {
      return 35;
    }
    if (hasAll(s.place, q.words)) {
      return 30;
    }
    return 10;
  }

  /* ------------------------------------------------------------------------------------------------ sort */

  function byName(a, b) {
    if (a.sortName !== b.sortName) {
      return a.sortName < b.sortName ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  function comparator(sort, lightCount) {
    var unrated = lightCount - 1;
    function lightRank(provider, worstFirst) {
      if (provider.lightPosition >= unrated) {
        return lightCount;
      }
      return worstFirst ? unrated - provider.lightPosition : provider.lightPosition;
    }
    function cqcRank(provider, worstFirst) {
      if (provider.cqcPosition < 0) {
        return 99;
      }
      return worstFirst ? 10 - provider.cqcPosition : provider.cqcPosition;
    }
    switch (sort) {
      case "relevance":
        return function (a, b) { return b._score - a._score || byName(a, b); };
      case "light-worst":
      case "light-best":
        return function (a, b) {
          return lightRank(a, sort === "light-worst") - lightRank(b, sort === "light-worst") || byName(a, b);
        };
      case "reviewed":
        return function (a, b) {
          if (a.latestISO !== b.latestISO) {
            return a.latestISO > b.latestISO ? -1 : 1;
          }
          return byName(a, b);
        };
      case "cqc-best":
      case "cqc-worst":
        return function (a, b) {
          return cqcRank(a, sort === "cqc-worst") - cqcRank(b, sort === "cqc-worst") || byName(a, b);
        };
      default:
        return byName;
    }
  }

  /* ----------------------------------------------------------------------------------------------- state */

  function emptyState() {
    var state = { q: "", sort: "" };
    FACETS.forEach(function (facet) {
      state[facet.name] = [];
    });
    return state;
  }

  function isFiltered(state) {
    return text(state.q).trim() !== "" || state.sort !== "" || FACETS.some(function (facet) {
      return state[facet.name].length > 0;
    });
  }

  /* With a search, best matches first; with filters only, worst light first (what to avoid on top); else by name. */
  function defaultSort(state) {
    if (query(state.q).words.length > 0) {
      return "relevance";
    }
    return FACETS.some(function (facet) { return state[facet.name].length > 0; }) ? "light-worst" : "name";
  }

  function effectiveSort(state) {
    var sort = state.sort || defaultSort(state);
    return sort === "relevance" && query(state.q).words.length === 0 ? "name" : sort;
  }

  function stateFromURL(keys) {
    var state = emptyState();
    var params;
    try {
      params = new URLSearchParams(window.location.search);
    } catch (error) {
      return state;
    }
    state.q = text(params.get("q")).slice(0, 200);
    FACETS.forEach(function (facet) {
      var wanted = params.getAll(facet.name);
      // In the table's order, each once, unknown keys dropped.
      state[facet.name] = keys[facet.name].filter(function (key) { return wanted.indexOf(key) !== -1; });
    });
    var sort = params.get("sort");
    state.sort = sort && SORTS.indexOf(sort) !== -1 ? sort : "";
    return state;
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    if (text(state.q).trim() !== "") {
      params.append("q", text(state.q).trim());
    }
    FACETS.forEach(function (facet) {
      state[facet.name].forEach(function (key) {
        params.append(facet.name, key);
      });
    });
    if (state.sort !== "") {
      params.append("sort", state.sort);
    }
    var search = params.toString();
    return window.location.pathname + (search ? "?" + search : "") + window.location.hash;
  }

  function remember(state, push) {
    if (!window.history || typeof window.history.replaceState !== "function") {
      return;
    }
    var url = urlOf(state);
    if (url === window.location.pathname + window.location.search + window.location.hash) {
      return;
    }
    try {
      if (push && typeof window.history.pushState === "function") {
        window.history.pushState({ qid: true }, "", url);
      } else {
        window.history.replaceState(window.history.state, "", url);
      }
    } catch (error) {
      // Some contexts (file: URLs, sandboxed frames) refuse history; the filters still work.
    }
  }

  /* ------------------------------------------------------------------------------------------------ page */

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

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  /* 25000 → "25,000", as the server writes counts (fixed grouping, whatever the browser's language). */
  function grouped(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function enhance(form, index) {
    var input = form.querySelector('input[name="q"]');
    var facetsHolder = form.querySelector("[data-qid-facets]");
    var tbody = document.querySelector("[data-qid-rows]");
    var tableWrapper = document.querySelector("[data-qid-table]");
    var summary = document.querySelector("[data-qid-summary]");
    var sortGroup = document.querySelector("[data-qid-sort-group]");
    var sortSelect = document.querySelector("[data-qid-sort]");
    var selectedBlock = document.querySelector("[data-qid-selected]");
    var selectedList = document.querySelector("[data-qid-selected-list]");
    var clearButton = form.querySelector("[data-qid-clear]");
    var layout = document.querySelector("[data-qid-layout]");
    var pagination = document.querySelector("[data-qid-pagination]");
    if (!input || !tbody || !facetsHolder || !summary) {
      return;
    }
    var caption = tableWrapper ? tableWrapper.querySelector("caption") : null;
    var allCaption = caption ? caption.textContent : "";
    var labels = Array.prototype.map.call(document.querySelectorAll(".qi-table--providers thead th"), function (th) {
      return th.textContent;
    });
    var serverRows = document.createDocumentFragment();
    Array.prototype.forEach.call(tbody.childNodes, function (node) {
      serverRows.appendChild(node.cloneNode(true));
    });
    var serverSummary = summary.textContent;
    var lights = list(index.lights);
    var unrated = lights[lights.length - 1] || {};
    var providers = providersOf(index);
    var limit = PAGE_SIZE;
    var announceTimer = null;
    var lastAnnounced = null;
    // The order chosen under "Sort by" ("" while the default for the choices made applies).
    var chosenSort = "";
    // Keys typed since the last other choice replace one history entry rather than adding one each.
    var typing = false;

    // Each facet's options from its table, keys in table order.
    var options = {};
    var keys = {};
    FACETS.forEach(function (facet) {
      options[facet.name] = list(index[facet.table]).filter(function (entry) {
        return entry && typeof entry.key === "string" && entry.key !== "";
      }).map(function (entry) {
        return { key: entry.key, title: text(entry[facet.title]) || entry.key };
      });
      keys[facet.name] = options[facet.name].map(function (option) { return option.key; });
    });
    var lightsTitle = form.getAttribute("data-qid-lights-title") || "Light";
    var legends = { light: lightsTitle };
    var boxes = buildFacets();

    var more = element("button", "qi-button qi-button--secondary qi-more");
    more.type = "button";
    more.hidden = true;
    if (tableWrapper && tableWrapper.parentNode) {
      tableWrapper.parentNode.insertBefore(more, tableWrapper.nextSibling);
    }

    function buildFacets() {
      var built = {};
      FACETS.forEach(function (facet) {
        built[facet.name] = {};
        if (options[facet.name].length === 0) {
          return;
        }
        var group = element("div", "qi-form-group qi-facet");
        var fieldset = element("fieldset", "qi-fieldset");
        fieldset.appendChild(element("legend", "qi-fieldset__legend qi-fieldset__legend--s", legends[facet.name] || facet.legend));
        var items = element("div", "qi-checkboxes qi-checkboxes--small");
        if (options[facet.name].length > SCROLLING_FACET) {
          items.className += " qi-checkboxes--scroll";
        }
        options[facet.name].forEach(function (option, position) {
          var item = element("div", "qi-checkboxes__item");
          var box = element("input", "qi-checkboxes__input");
          box.type = "checkbox";
          box.name = facet.name;
          box.value = option.key;
          box.id = "qi-filter-" + facet.name + "-" + position;
          var label = element("label", "qi-label qi-checkboxes__label", option.title + " ");
          label.setAttribute("for", box.id);
          var count = element("span", "qi-facet__count", "");
          label.appendChild(count);
          item.appendChild(box);
          item.appendChild(label);
          items.appendChild(item);
          built[facet.name][option.key] = { box: box, count: count };
          box.addEventListener("change", function () {
            change({ push: true, immediate: true });
          });
        });
        fieldset.appendChild(items);
        group.appendChild(fieldset);
        facetsHolder.appendChild(group);
      });
      return built;
    }

    function stateFromForm() {
      var state = emptyState();
      state.q = input.value;
      FACETS.forEach(function (facet) {
        state[facet.name] = keys[facet.name].filter(function (key) { return boxes[facet.name][key].box.checked; });
      });
      state.sort = chosenSort === defaultSort(state) ? "" : chosenSort;
      return state;
    }

    function showState(state) {
      input.value = state.q;
      chosenSort = state.sort;
      FACETS.forEach(function (facet) {
        keys[facet.name].forEach(function (key) {
          boxes[facet.name][key].box.checked = state[facet.name].indexOf(key) !== -1;
        });
      });
    }

    /* The matching providers and, for every option, how many would match were it ticked alone in its facet. */
    function evaluate(state) {
      var q = query(state.q);
      var chosen = {};
      FACETS.forEach(function (facet) {
        chosen[facet.name] = state[facet.name];
      });
      var counts = {};
      FACETS.forEach(function (facet) {
        counts[facet.name] = Object.create(null);
      });
      var matching = [];
      providers.forEach(function (provider) {
        var found = score(provider, q);
        if (found === 0) {
          return;
        }
        var failed = null;
        var failures = 0;
        FACETS.forEach(function (facet) {
          var wanted = chosen[facet.name];
          if (wanted.length === 0) {
            return;
          }
          var values = provider.values[facet.name];
          var hit = values.some(function (value) { return wanted.indexOf(value) !== -1; });
          if (!hit) {
            failures += 1;
            failed = facet.name;
          }
        });
        if (failures > 1) {
          return;
        }
        FACETS.forEach(function (facet) {
          if (failures === 1 && facet.name !== failed) {
            return;
          }
          var seen = Object.create(null);
          provider.values[facet.name].forEach(function (value) {
            if (!seen[value]) {
              seen[value] = true;
              counts[facet.name][value] = (counts[facet.name][value] || 0) + 1;
            }
          });
        });
        if (failures === 0) {
          provider._score = found;
          matching.push(provider);
        }
      });
      return { matching: matching, counts: counts };
    }

    /* "70 providers: 44 Green, 12 Amber, 14 Red" (and how many are not yet rated, when any are). */
    function countsByLight(matching) {
      var byLight = lights.map(function () { return 0; });
      matching.forEach(function (provider) {
        byLight[provider.lightPosition] = (byLight[provider.lightPosition] || 0) + 1;
      });
      var parts = [];
      lights.forEach(function (light, position) {
        if (position < lights.length - 1 || byLight[position] > 0) {
          parts.push(grouped(byLight[position]) + " " + text(light.word));
        }
      });
      return grouped(matching.length) + (matching.length === 1 ? " provider: " : " providers: ") + parts.join(", ");
    }

    function sortWords(sort) {
      if (sort === "light-worst") {
        return lightsTitle.toLowerCase() + ", worst first";
      }
      if (sort === "light-best") {
        return lightsTitle.toLowerCase() + ", best first";
      }
      return SORT_WORDS[sort] || SORT_WORDS.name;
    }

    function render(state, options) {
      var filtered = isFiltered(state);
      var sort = effectiveSort(state);
      if (sortSelect) {
        var searching = query(state.q).words.length > 0;
        Array.prototype.forEach.call(sortSelect.options, function (option) {
          if (option.value === "relevance") {
            option.hidden = !searching;
            option.disabled = !searching;
          }
        });
        sortSelect.value = sort;
      }
      var result = evaluate(state);
      FACETS.forEach(function (facet) {
        keys[facet.name].forEach(function (key) {
          boxes[facet.name][key].count.textContent = "(" + grouped(result.counts[facet.name][key] || 0) + ")";
        });
      });
      renderSelected(state);
      var message;
      if (filtered) {
        var shown = result.matching.sort(comparator(sort, lights.length));
        renderRows(shown.slice(0, limit));
        more.hidden = shown.length <= limit;
        more.textContent = "Show " + Math.min(PAGE_SIZE, Math.max(shown.length - limit, 0)) + " more providers";
        if (shown.length === 0) {
          message = "No providers match. Remove a filter or try fewer words.";
        } else {
          message = countsByLight(shown) + ". Sorted by " + sortWords(sort) + "." +
            (shown.length > limit ? " Showing the first " + grouped(limit) + "." : "");
        }
        if (tableWrapper) {
          tableWrapper.hidden = shown.length === 0;
        }
      } else {
        clear(tbody);
        tbody.appendChild(serverRows.cloneNode(true));
        more.hidden = true;
        message = serverSummary;
        if (tableWrapper) {
          tableWrapper.hidden = false;
        }
      }
      if (pagination) {
        pagination.hidden = filtered;
      }
      if (caption) {
        caption.textContent = filtered ? "Providers matching your filters" : allCaption;
      }
      announce(message, options && options.immediate);
    }

    function announce(message, immediate) {
      if (announceTimer) {
        window.clearTimeout(announceTimer);
        announceTimer = null;
      }
      function set() {
        if (message !== lastAnnounced) {
          summary.textContent = message;
          lastAnnounced = message;
        }
      }
      if (immediate) {
        set();
      } else {
        // Wait for a pause in typing so screen readers hear one summary, not one per key.
        announceTimer = window.setTimeout(set, 500);
      }
    }

    function renderSelected(state) {
      if (!selectedBlock || !selectedList) {
        return;
      }
      clear(selectedList);
      var any = false;
      var q = text(state.q).trim();
      if (q !== "") {
        any = true;
        selectedList.appendChild(element("h3", "qi-heading-xs", "Search"));
        var searchTags = element("ul", "qi-filter-tags");
        searchTags.appendChild(tag("\u201c" + q + "\u201d", function () {
          input.value = "";
        }));
        selectedList.appendChild(searchTags);
      }
      FACETS.forEach(function (facet) {
        if (state[facet.name].length === 0) {
          return;
        }
        any = true;
        selectedList.appendChild(element("h3", "qi-heading-xs", legends[facet.name] || facet.legend));
        var tags = element("ul", "qi-filter-tags");
        options[facet.name].forEach(function (option) {
          if (state[facet.name].indexOf(option.key) !== -1) {
            tags.appendChild(tag(option.title, function () {
              boxes[facet.name][option.key].box.checked = false;
            }));
          }
        });
        selectedList.appendChild(tags);
      });
      if (any) {
        var clearLink = element("button", "qi-link-button", "Clear filters");
        clearLink.type = "button";
        clearLink.addEventListener("click", clearAll);
        selectedList.appendChild(clearLink);
      }
      selectedBlock.hidden = !any;
    }

    function tag(title, remove) {
      var item = element("li");
      var button = element("button", "qi-filter-tag");
      button.type = "button";
      button.appendChild(element("span", "qi-visually-hidden", "Remove this filter: "));
      button.appendChild(document.createTextNode(title));
      button.appendChild(element("span", "qi-filter-tag__cross", "\u00d7")).setAttribute("aria-hidden", "true");
      button.addEventListener("click", function () {
        remove();
        change({ push: true, immediate: true });
        var heading = document.getElementById("qi-selected-heading");
        if (selectedBlock && !selectedBlock.hidden && heading) {
          heading.focus();
        } else {
          summary.setAttribute("tabindex", "-1");
          summary.focus();
        }
      });
      item.appendChild(button);
      return item;
    }

    function clearAll() {
      showState(emptyState());
      change({ push: true, immediate: true });
      input.focus();
    }

    function change(options) {
      limit = PAGE_SIZE;
      typing = false;
      var state = stateFromForm();
      remember(state, options && options.push);
      render(state, options);
    }

    /* The same markup as templates/provider-row.mustache and light-tag.mustache. */
    function renderRows(shown) {
      var fragment = document.createDocumentFragment();
      shown.forEach(function (provider) {
        var row = element("tr");
        var header = element("th");
        header.setAttribute("scope", "row");
        var link = element("a", null, provider.name);
        link.setAttribute("href", provider.href);
        header.appendChild(link);
        if (provider.organisation !== "") {
          header.appendChild(element("span", "qi-secondary-text", provider.organisation));
        }
        if (provider.status !== "") {
          header.appendChild(document.createTextNode(" "));
          header.appendChild(element("strong", "qi-status-tag", provider.status));
        }
        row.appendChild(header);

        var light = lights[provider.lightPosition] || unrated;
        var lightCell = cell(1);
        var lightTag = element("strong", "qi-light", text(light.word));
        text(light.cssClass).split(/\s+/).forEach(function (name) {
          if (name) {
            lightTag.classList.add(name);
          }
        });
        lightCell.appendChild(lightTag);
        if (provider.notice !== "") {
          lightCell.appendChild(element("span", "qi-light-notice", provider.notice));
        }
        row.appendChild(lightCell);
        row.appendChild(cell(2, provider.servicesText));
        row.appendChild(cell(3, provider.areasText));
        var locality = cell(4, provider.locality);
        if (provider.postcode !== "") {
          locality.appendChild(element("span", "qi-secondary-text", provider.postcode));
        }
        row.appendChild(locality);
        var latest = cell(5, provider.latestRating);
        if (provider.cqcRating !== "") {
          latest.appendChild(element("span", "qi-secondary-text", "CQC: " + provider.cqcRating));
        }
        row.appendChild(latest);
        fragment.appendChild(row);
      });
      clear(tbody);
      tbody.appendChild(fragment);
    }

    function cell(column, content) {
      var node = element("td", null, content);
      if (labels[column]) {
        node.setAttribute("data-label", labels[column]);
      }
      return node;
    }

    input.addEventListener("input", function () {
      limit = PAGE_SIZE;
      var state = stateFromForm();
      remember(state, !typing);
      typing = true;
      render(state, { immediate: false });
    });
    if (sortSelect) {
      sortSelect.addEventListener("change", function () {
        chosenSort = SORTS.indexOf(sortSelect.value) === -1 ? "" : sortSelect.value;
        change({ push: true, immediate: true });
      });
    }
    more.addEventListener("click", function () {
      limit += PAGE_SIZE;
      render(stateFromForm(), { immediate: true });
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      change({ push: true, immediate: true });
      summary.setAttribute("tabindex", "-1");
      summary.focus();
    });
    if (clearButton) {
      clearButton.addEventListener("click", clearAll);
    }
    window.addEventListener("popstate", function () {
      limit = PAGE_SIZE;
      typing = false;
      var state = stateFromURL(keys);
      showState(state);
      render(state, { immediate: true });
    });

    collapseOnPhones(facetsHolder);
    var initial = stateFromURL(keys);
    showState(initial);
    form.hidden = false;
    if (sortGroup) {
      sortGroup.hidden = false;
    }
    if (layout) {
      layout.classList.add("qi-filter-layout--active");
    }
    render(initial, { immediate: true });
  }

  /* On a narrow screen the checkboxes fold behind a "Show filters" button (GOV.UK's filter pattern on mobile), so the
     results are not pushed a screen down; on a wide one they stay open beside the results. */
  function collapseOnPhones(facets) {
    if (typeof window.matchMedia !== "function" || !facets.parentNode) {
      return;
    }
    var wide = window.matchMedia("(min-width: 48.0625em)");
    var toggle = element("button", "qi-button qi-button--secondary qi-filter-toggle", "Show filters");
    toggle.type = "button";
    facets.id = facets.id || "qi-filter-facets";
    toggle.setAttribute("aria-controls", facets.id);
    facets.parentNode.insertBefore(toggle, facets);
    function show(open) {
      facets.hidden = !open;
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      toggle.textContent = open ? "Hide filters" : "Show filters";
    }
    function fit() {
      toggle.hidden = wide.matches;
      show(wide.matches);
    }
    toggle.addEventListener("click", function () {
      show(facets.hidden);
    });
    if (typeof wide.addEventListener === "function") {
      wide.addEventListener("change", fit);
    }
    fit();
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
