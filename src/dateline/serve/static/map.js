// The map page: a Natural Earth basemap drawn from the package (or the user's tile server),
// event markers clustered, each place drawn by its precision. No inline script (CSP).
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var RADIUS = { city: 6, province: 14, region: 14, country: 24 };  // vaguer place, bigger circle
  var COLOR = { city: "#b3261e", province: "#c56a00", region: "#c56a00", country: "#6b4bbf" };
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 10], 2);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: "tiles: " + el.dataset.tiles }).addTo(map);
  } else {
    fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { interactive: false, style: { color: "#8a9aa8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } })
        .addTo(map).bringToBack();
      el.dataset.basemapLoaded = String(land.features.length);
    });
  }
  function text(tag, s, cls) {  // DOM text nodes only: event fields are never parsed as HTML
    var n = document.createElement(tag);
    n.textContent = s;
    if (cls) { n.className = cls; }
    return n;
  }
  function popup(p) {
    var box = document.createElement("div");
    box.appendChild(text("strong", p.type + " at " + (p.place || "?")));
    box.appendChild(text("div", (p.date || "no date") + " · precision " + (p.precision || "unknown")));
    if (p.actor || p.target) { box.appendChild(text("div", (p.actor || "?") + " → " + (p.target || "?"))); }
    var f = p.fatalities;
    if (f) { box.appendChild(text("div", "fatalities low " + f.low + " / best " + f.best + " / high " + f.high)); }
    var a = document.createElement("a");
    a.href = "/story/" + encodeURIComponent(p.story_id);
    a.textContent = p.story_title || "story";
    box.appendChild(a);
    return box;
  }
  var cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
  fetch(el.dataset.src, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); })
    .then(function (gj) {
      var bounds = [];
      gj.features.forEach(function (ft) {
        var p = ft.properties, c = ft.geometry.coordinates, prec = p.precision || "city";
        var m = L.circleMarker([c[1], c[0]], {
          radius: RADIUS[prec] || 8, color: COLOR[prec] || "#333", weight: 2,
          fillOpacity: prec === "city" ? 0.8 : 0.25, dashArray: prec === "city" ? null : "4 3",
          className: "event-marker precision-" + prec
        });
        m.bindPopup(popup(p));
        cluster.addLayer(m);
        bounds.push([c[1], c[0]]);
      });
      map.addLayer(cluster);
      if (bounds.length) { map.fitBounds(bounds, { maxZoom: 6, padding: [30, 30] }); }
      el.dataset.markers = String(gj.features.length);
    });
})();
