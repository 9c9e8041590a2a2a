/*
 * Live pages (the editor, a guarantee): the Faces WebSocket channel "live" says which subject changed and on which
 * page; a page showing that subject, other than the one that made the change, refreshes its form through the
 * remote command liveRefresh (live-presence.xhtml) and gives the focus back to where the user was typing. It says
 * whether the user has typed into a part marked data-live-typing since that part was drawn (the guarantee's terms):
 * the server then keeps the typing and says what changed instead of drawing the part again. When the page closes it
 * tells the server at once (navigator.sendBeacon), so the others stop showing this user.
 */
(function () {
    'use strict';
    var pending = null;
    var restore = null;

    function root() {
        return document.getElementById('live');
    }

    function refresh() {
        pending = null;
        if (typeof window.liveRefresh !== 'function') {
            return;
        }
        var active = document.activeElement;
        restore = null;
        if (active && active.id && (active.tagName === 'INPUT' || active.tagName === 'TEXTAREA')) {
            restore = {id: active.id, start: active.selectionStart, end: active.selectionEnd};
        }
        var typing = Array.prototype.some.call(document.querySelectorAll('[data-live-typing]'), function (part) {
            return part.liveTyped === true;
        });
        window.liveRefresh([{name: 'typing', value: String(typing)}]);
    }

    // typing marks the part; a part drawn again (after a save or a reload) is a new element, unmarked
    function typed(event) {
        var part = event.target && event.target.closest ? event.target.closest('[data-live-typing]') : null;
        if (part) {
            part.liveTyped = true;
        }
    }
    document.addEventListener('input', typed, true);
    document.addEventListener('change', typed, true);

    window.BlueprintLive = {
        message: function (message) {
            var live = root();
            if (!live || !message || message.subject !== live.getAttribute('data-live-subject')
                || message.from === live.getAttribute('data-live-page')) {
                return;
            }
            // several changes in a burst: one refresh
            if (pending === null) {
                pending = window.setTimeout(refresh, 60);
            }
        },
        restoreFocus: function () {
            if (!restore) {
                return;
            }
            var field = document.getElementById(restore.id);
            restore = null;
            if (field && document.activeElement !== field) {
                field.focus();
            }
        }
    };

    window.addEventListener('pagehide', function () {
        var live = root();
        if (live && navigator.sendBeacon) {
            navigator.sendBeacon(live.getAttribute('data-live-leave'), live.getAttribute('data-live-page'));
        }
    });
}());
