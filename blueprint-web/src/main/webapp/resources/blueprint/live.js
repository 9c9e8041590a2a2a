/*
 * Live pages (the editor, a guarantee): the Faces WebSocket channel "live" says which subject changed and on which
 * page, and whether it was a change or someone coming or going. A page showing that subject, other than the one that
 * sent it, draws its list of who is there again (livePresence), or for a change refreshes its form through the
 * remote command liveRefresh (live-presence.xhtml) and gives the focus back to where the user was typing. It says
 * whether the user has typed into a part marked data-live-typing since that part was drawn (the guarantee's terms):
 * the server then keeps the typing and says what changed instead of drawing the part again. When the page closes it
 * tells the server at once (navigator.sendBeacon), so the others stop showing this user.
 */
(function () {
    'use strict';
    var pending = null;
    var presencePending = null;
    var restore = null;

    function root() {
        return document.getElementById('live');
    }

    function lookAround() {
        presencePending = null;
        if (typeof window.livePresence === 'function') {
            window.livePresence();
        }
    }

    function refresh() {
        pending = null;
        if (typeof window.liveRefresh !== 'function') {
            return;
        }
        // a keyboard user on a card, or someone typing: the element drawn again in its place gets the focus back
        var active = document.activeElement;
        restore = active && active !== document.body && active.id ? {id: active.id} : null;
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
            if (message.kind === 'presence') {
                // someone came or went: only the list of who is here
                if (pending === null && presencePending === null) {
                    presencePending = window.setTimeout(lookAround, 60);
                }
                return;
            }
            // several changes in a burst: one refresh (which draws the list too)
            if (pending === null) {
                pending = window.setTimeout(refresh, 60);
            }
        },
        restoreFocus: function () {
            if (!restore) {
                return;
            }
            var element = document.getElementById(restore.id);
            restore = null;
            if (element && document.activeElement !== element
                && (document.activeElement === null || document.activeElement === document.body)) {
                element.focus();
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
