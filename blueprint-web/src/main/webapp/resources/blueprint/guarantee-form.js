/* The guarantee editor re-runs the policy checks on the unsaved form a moment after the last
   keystroke or change (PrimeFaces remote command "recheckPolicy", rendered only for a draft). */
(function () {
    var timer = null;
    $(document).on('input change', '.guarantee-form :input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
            if (typeof window.recheckPolicy === 'function') {
                window.recheckPolicy();
            }
        }, 400);
    });
})();
