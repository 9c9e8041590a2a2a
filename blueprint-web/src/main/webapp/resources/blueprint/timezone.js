// Tells the server the viewer's time zone, so that times show as the viewer's clock reads them.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = "bp-tz=" + encodeURIComponent(zone) + "; path=/; SameSite=Lax";
        }
    } catch (ignored) {
        // an old browser: times stay in UTC
    }
})();
