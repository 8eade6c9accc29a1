/*
 * The Thinning Middle: sizes embedded chapters to fit. Load it once on a page that has one or
 * more embeds. Each embed posts { type: 'thin-middle:height', height, slug } whenever its
 * height changes; this script applies a message only when it comes from this site (the origin
 * this script was loaded from) and from one of the page's own frames, and only to that frame.
 * The message format is described in the site's README, "Embedding and lecture mode".
 */
(function () {
  'use strict';
  var HEIGHT = 'thin-middle:height';
  var MEASURE = 'thin-middle:measure';
  var MAX_HEIGHT = 100000;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, window.location.href).origin : window.location.origin;

  function isHeightMessage(data) {
    return (
      typeof data === 'object' &&
      data !== null &&
      data.type === HEIGHT &&
      typeof data.slug === 'string' &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height > 0 &&
      data.height <= MAX_HEIGHT
    );
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (source && frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function isOurFrame(frame) {
    try {
      return new URL(frame.src, window.location.href).origin === origin;
    } catch {
      return false;
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    var frame = frameOf(event.source);
    if (frame) frame.style.height = Math.ceil(event.data.height) + 'px';
  });

  // Frames that loaded before this script have already spoken: ask them again.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i += 1) {
    if (isOurFrame(frames[i]) && frames[i].contentWindow) {
      // '*': a frame still loading has no origin yet, and the request carries nothing private.
      frames[i].contentWindow.postMessage({ type: MEASURE }, '*');
    }
  }
})();
