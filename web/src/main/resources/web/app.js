// malcomms web app: the quick exit and upload progress. Served from this machine only (CSP script-src 'self').
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf"]');
  var exit = document.getElementById("quick-exit");

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    if (csrf && navigator.sendBeacon) {
      var form = new FormData();
      form.append("csrf", csrf.getAttribute("content"));
      navigator.sendBeacon("/exit", form);
    }
    document.body.hidden = true;
    window.location.replace(exit ? exit.href : "https://www.bbc.co.uk/weather");
  }

  if (exit) {
    exit.addEventListener("click", quickExit);
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { quickExit(e); }
    });
  }

  var upload = document.getElementById("upload");
  if (upload && window.XMLHttpRequest && window.FormData) {
    upload.addEventListener("submit", function (e) {
      e.preventDefault();
      var status = document.getElementById("upload-status");
      var bar = document.getElementById("upload-progress");
      var percent = document.getElementById("upload-percent");
      var button = upload.querySelector('button[type="submit"]');
      status.hidden = false;
      button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", upload.action);
      xhr.setRequestHeader("X-Upload", "progress");
      xhr.upload.addEventListener("progress", function (p) {
        if (p.lengthComputable) {
          var n = Math.round(p.loaded * 100 / p.total);
          bar.value = n;
          percent.textContent = n + "%";
        }
      });
      xhr.upload.addEventListener("load", function () {
        bar.value = 100;
        percent.textContent = "100%, now preserving the files";
      });
      xhr.addEventListener("load", function () {
        window.location.assign(xhr.status === 200 ? xhr.responseText : "/case");
      });
      xhr.addEventListener("error", function () {
        percent.textContent = "The upload failed. Try again with fewer or smaller files.";
        button.disabled = false;
      });
      xhr.send(new FormData(upload));
    });
  }
})();
