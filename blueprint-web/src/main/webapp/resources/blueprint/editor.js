/* The blueprint editor in the browser:
   - the layout choices (compact density, side panel folded) kept per signed-in user (layout.js);
   - the grid as one Tab stop: arrow keys move between its cards and buttons (a roving tabindex),
     Enter opens a card, Ctrl+arrow moves the card to the next stage or lane (remote command
     "moveCard"), and focus comes back to the card when its dialog closes;
   - the flows drawn as arrows between the cards, redrawn whenever the grid is drawn or resized;
   - Enter in the step dialog saving it (or adding the KPI), a refused field marked invalid, and a dialog
     that grew placed again in sight;
   - the effort heatmap switched on and off (remote command "showHeatmap"), remembered per user like the layout. */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var root = document.documentElement;
    var tabStop = null;       // which grid item holds the grid's one Tab stop, by itemKey
    var focusAfterDraw = false;
    var pendingMove = null;   // {step, stage, lane}: the keyboard move awaiting the server
    var opener = null;        // the grid item that opened a dialog
    var drawQueued = false;

    function grid() { return document.getElementById('blueprint-grid'); }
    function layout() { return document.querySelector('.editor-layout'); }

    // ---- remembered layout

    function recall(name) { return BlueprintLayout.recall('editor-' + name); }
    function remember(name, value) { BlueprintLayout.remember('editor-' + name, value); }
    function isCompact() { return recall('density') === 'compact'; }
    function isSideCollapsed() { return recall('side') === 'collapsed'; }
    function isHeatmapOn() { return recall('heatmap') === 'on'; }
    var focusAfterHeatmap = null; // the heatmap control that had the focus before the page redrew it

    /** The server draws the heatmap; this tells it what the switch says. */
    function showHeatmap(on) {
        if (typeof window.showHeatmap !== 'function') { return; }
        var toggle = document.getElementById('toggle-heatmap');
        if (toggle) { toggle.setAttribute('aria-pressed', String(on)); }
        window.showHeatmap([{ name: 'on', value: String(on) }]);
    }

    function applyLayout() {
        root.classList.toggle('bp-compact', isCompact());
        root.classList.toggle('bp-side-collapsed', isSideCollapsed());
        var density = document.getElementById('toggle-density');
        if (density) { density.setAttribute('aria-pressed', String(isCompact())); }
        var side = document.getElementById('toggle-side');
        if (side) {
            side.setAttribute('aria-expanded', String(!isSideCollapsed()));
            side.querySelector('.ui-button-text').textContent =
                side.getAttribute(isSideCollapsed() ? 'data-show' : 'data-hide');
        }
    }

    // ---- the grid's items and its one Tab stop

    function items() {
        var g = grid();
        return g ? Array.prototype.slice.call(g.querySelectorAll(
            'a.card-title, a.guarantee-badge, .stage-tools button:not([disabled]), button.add-step')) : [];
    }
    function isItem(el) { return items().indexOf(el) >= 0; }
    function itemKey(el) {
        var card = el.closest('.step-card');
        if (card && el.classList.contains('card-title')) { return 'step-' + card.getAttribute('data-step-id'); }
        return el.id || (card ? 'badge-' + card.getAttribute('data-step-id') : null);
    }
    function column(el) { var cell = el.closest('td, th'); return cell ? cell.cellIndex : -1; }

    function settleTabStop() {
        var all = items();
        // a grid with nothing in it to focus (a new journey, seen by a viewer) is itself the Tab stop, so
        // that a keyboard can still scroll it
        if (grid()) { grid().setAttribute('tabindex', all.length ? '-1' : '0'); }
        if (!all.length) { return; }
        var current = all.filter(function (e) { return tabStop !== null && itemKey(e) === tabStop; })[0]
            || all.filter(function (e) { return e.classList.contains('card-title'); })[0] || all[0];
        tabStop = itemKey(current);
        all.forEach(function (e) { e.setAttribute('tabindex', e === current ? '0' : '-1'); });
        if (focusAfterDraw) {
            focusAfterDraw = false;
            current.focus();
        }
    }

    function focusItem(el) {
        tabStop = itemKey(el);
        items().forEach(function (e) { e.setAttribute('tabindex', e === el ? '0' : '-1'); });
        el.focus();
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }

    /** The item next to {@code from} in a direction: the nearest column over, or the nearest row in the same column. */
    function neighbour(from, direction) {
        var a = from.getBoundingClientRect();
        var col = column(from);
        var best = null;
        var bestScore = Infinity;
        items().forEach(function (c) {
            if (c === from) { return; }
            var b = c.getBoundingClientRect();
            var dy = (b.top + b.height / 2) - (a.top + a.height / 2);
            var dx = (b.left + b.width / 2) - (a.left + a.width / 2);
            var score;
            if (direction === 'left' || direction === 'right') {
                var step = column(c) - col;
                if (direction === 'left' ? step >= 0 : step <= 0) { return; }
                score = Math.abs(step) * 100000 + Math.abs(dy);
            } else {
                if (column(c) !== col) { return; }
                var ahead = direction === 'down' ? dy : -dy;
                if (ahead <= 1) { return; }
                score = ahead + Math.abs(dx);
            }
            if (score < bestScore) { bestScore = score; best = c; }
        });
        return best;
    }

    var DIRECTIONS = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

    function moveCard(link, direction) {
        var g = grid();
        var card = link.closest('.step-card');
        if (typeof window.moveCard !== 'function' || !card) { return; }
        var cell = card.closest('.cell-drop');
        var stages = Array.prototype.map.call(g.querySelectorAll('thead th.stage-head'),
            function (th) { return th.getAttribute('data-stage-id'); });
        var lanes = Array.prototype.map.call(g.querySelectorAll('tbody tr.lane'),
            function (tr) { return tr.getAttribute('data-lane'); });
        var s = stages.indexOf(cell.getAttribute('data-stage-id'));
        var l = lanes.indexOf(cell.getAttribute('data-lane'));
        if (direction === 'left') { s--; } else if (direction === 'right') { s++; }
        else if (direction === 'up') { l--; } else { l++; }
        if (s < 0 || s >= stages.length || l < 0 || l >= lanes.length) { return; }
        var step = card.getAttribute('data-step-id');
        pendingMove = { step: step, stage: stages[s], lane: lanes[l] };
        tabStop = 'step-' + step;
        focusAfterDraw = true;
        window.moveCard([{ name: 'step', value: step }, { name: 'stage', value: stages[s] }, { name: 'lane', value: lanes[l] }]);
    }

    function announceMove() {
        if (!pendingMove) { return; }
        var move = pendingMove;
        pendingMove = null;
        var g = grid();
        var card = g && g.querySelector('.step-card[data-step-id="' + move.step + '"]');
        var cell = card && card.closest('.cell-drop');
        var status = document.getElementById('grid-status');
        if (!cell || !status || cell.getAttribute('data-stage-id') !== move.stage
            || cell.getAttribute('data-lane') !== move.lane) {
            return;
        }
        var stage = g.querySelector('th.stage-head[data-stage-id="' + move.stage + '"] .stage-name');
        var lane = g.querySelector('tr.lane[data-lane="' + move.lane + '"] th.lane-head');
        status.textContent = layout().getAttribute('data-moved')
            .replace('{0}', card.getAttribute('data-step'))
            .replace('{1}', stage ? stage.textContent.trim() : '')
            .replace('{2}', lane ? lane.textContent.trim() : '');
    }

    document.addEventListener('focusin', function (e) {
        if (isItem(e.target)) {
            tabStop = itemKey(e.target);
            items().forEach(function (i) { i.setAttribute('tabindex', i === e.target ? '0' : '-1'); });
        }
    });

    document.addEventListener('keydown', function (e) {
        var el = e.target;
        var direction = DIRECTIONS[e.key];
        if (direction && isItem(el) && !e.altKey && !e.shiftKey) {
            e.preventDefault();
            if (e.ctrlKey || e.metaKey) {
                if (el.classList.contains('card-title')) { moveCard(el, direction); }
                return;
            }
            var next = neighbour(el, direction);
            if (next) { focusItem(next); }
            return;
        }
        if (e.key === 'Enter' && isItem(el)) {
            opener = itemKey(el);
        }
        if (e.key === 'Enter' && el.closest && el.closest('#stepDialogForm') && el.tagName === 'INPUT'
            && !el.closest('.ui-selectonemenu, .ui-chkbox')) {
            var target = el.closest('.add-kpi') ? 'stepDialogForm:add-kpi-button' : 'stepDialogForm:save';
            var button = document.getElementById(target);
            if (button) {
                e.preventDefault();
                button.click();
            }
        }
    });

    document.addEventListener('click', function (e) {
        var el = e.target.closest ? e.target.closest('a, button') : null;
        if (!el) { return; }
        if (el.id === 'skip-to-grid') {
            e.preventDefault();
            var all = items();
            var stop = all.filter(function (i) { return i.getAttribute('tabindex') === '0'; })[0];
            if (stop) { focusItem(stop); } else if (grid()) { grid().focus(); }
        } else if (el.id === 'toggle-density') {
            remember('density', isCompact() ? 'comfortable' : 'compact');
            applyLayout();
            queueDraw();
        } else if (el.id === 'toggle-heatmap') {
            var on = el.getAttribute('aria-pressed') !== 'true';
            remember('heatmap', on ? 'on' : 'off');
            focusAfterHeatmap = el.id;
            showHeatmap(on);
        } else if (el.id === 'toggle-side') {
            remember('side', isSideCollapsed() ? 'open' : 'collapsed');
            applyLayout();
            queueDraw();
        } else if (isItem(el)) {
            opener = itemKey(el);
        }
    });

    // ---- dialogs: closing one gives focus back to the grid item that opened it

    function watchDialogs() {
        Array.prototype.forEach.call(document.querySelectorAll('.ui-dialog'), function (dialog) {
            if (dialog.getAttribute('data-watched')) { return; }
            dialog.setAttribute('data-watched', 'true');
            var shown = false;
            new MutationObserver(function () {
                var now = window.getComputedStyle(dialog).display !== 'none' && dialog.getAttribute('aria-hidden') !== 'true';
                if (shown && !now && opener && !document.querySelector('.ui-dialog[aria-hidden="false"]')) {
                    tabStop = opener;
                    focusAfterDraw = true;
                    settleTabStop();
                }
                shown = now;
            }).observe(dialog, { attributes: true, attributeFilter: ['style', 'aria-hidden', 'class'] });
        });
    }

    /** A dialog whose content grew (a touchpoint ticked, a KPI added) is placed again, so its buttons stay in sight. */
    function keepDialogsInSight() {
        if (!window.PrimeFaces || !PrimeFaces.widgets) { return; }
        Array.prototype.forEach.call(document.querySelectorAll('.ui-dialog'), function (dialog) {
            if (window.getComputedStyle(dialog).display === 'none') { return; }
            var r = dialog.getBoundingClientRect();
            if (r.top >= 0 && r.bottom <= window.innerHeight) { return; }
            Object.keys(PrimeFaces.widgets).forEach(function (name) {
                var widget = PrimeFaces.widgets[name];
                if (widget && widget.id === dialog.id && typeof widget.initPosition === 'function') {
                    widget.initPosition();
                }
            });
        });
    }

    /** A field with a refusal beside it is marked invalid and described by the refusal, for sight and for screen readers. */
    function markRefusedFields() {
        Array.prototype.forEach.call(document.querySelectorAll('.field-cell'), function (cell) {
            var message = cell.querySelector('.ui-message-error');
            var input = cell.querySelector('input:not([type=hidden]), textarea, .ui-selectonemenu');
            if (!input) { return; }
            var field = input.classList.contains('ui-selectonemenu') ? input.querySelector('input[role=combobox], input') || input : input;
            if (message) {
                if (!message.id) { message.id = field.id + '-refusal'; }
                field.setAttribute('aria-invalid', 'true');
                field.setAttribute('aria-describedby', message.id);
                input.classList.add('ui-state-error');
            } else if (field.getAttribute('aria-invalid') === 'true') {
                field.removeAttribute('aria-invalid');
                field.removeAttribute('aria-describedby');
                input.classList.remove('ui-state-error');
            }
        });
    }

    // ---- the flows as arrows

    function queueDraw() {
        if (drawQueued) { return; }
        drawQueued = true;
        window.requestAnimationFrame(function () {
            drawQueued = false;
            fitGrid();
            drawFlows();
        });
    }

    function drawFlows() {
        var g = grid();
        var table = g && g.querySelector('table.blueprint');
        if (!table) { return; }
        var svg = g.querySelector('svg.flow-arrows');
        if (!svg) {
            svg = document.createElementNS(SVG, 'svg');
            svg.setAttribute('class', 'flow-arrows');
            svg.setAttribute('aria-hidden', 'true');
            svg.setAttribute('focusable', 'false');
            var defs = document.createElementNS(SVG, 'defs');
            var marker = document.createElementNS(SVG, 'marker');
            marker.setAttribute('id', 'flow-head');
            marker.setAttribute('viewBox', '0 0 10 10');
            marker.setAttribute('refX', '9');
            marker.setAttribute('refY', '5');
            marker.setAttribute('markerWidth', '7');
            marker.setAttribute('markerHeight', '7');
            marker.setAttribute('orient', 'auto-start-reverse');
            var head = document.createElementNS(SVG, 'path');
            head.setAttribute('d', 'M0,0 L10,5 L0,10 z');
            marker.appendChild(head);
            defs.appendChild(marker);
            svg.appendChild(defs);
            g.appendChild(svg);
        }
        svg.setAttribute('width', table.offsetWidth);
        svg.setAttribute('height', table.offsetHeight);
        Array.prototype.slice.call(svg.querySelectorAll('path.flow')).forEach(function (p) { p.remove(); });
        var origin = g.getBoundingClientRect();
        function box(el) {
            var r = el.getBoundingClientRect();
            var left = r.left - origin.left - g.clientLeft + g.scrollLeft;
            var top = r.top - origin.top - g.clientTop + g.scrollTop;
            return { left: left, top: top, right: left + r.width, bottom: top + r.height,
                cx: left + r.width / 2, cy: top + r.height / 2 };
        }
        (g.getAttribute('data-flows') || '').split(' ').filter(Boolean).forEach(function (pair) {
            var ids = pair.split('-');
            var from = g.querySelector('.step-card[data-step-id="' + ids[0] + '"]');
            var to = g.querySelector('.step-card[data-step-id="' + ids[1] + '"]');
            if (!from || !to) { return; }
            var a = box(from);
            var b = box(to);
            var d;
            if (b.left > a.right - 2 || b.right < a.left + 2) {
                var forward = b.left > a.right - 2;
                var x1 = forward ? a.right : a.left;
                var x2 = forward ? b.left : b.right;
                var bend = Math.max(24, Math.abs(x2 - x1) / 2) * (forward ? 1 : -1);
                d = 'M' + x1 + ',' + a.cy + ' C' + (x1 + bend) + ',' + a.cy + ' ' + (x2 - bend) + ',' + b.cy + ' ' + x2 + ',' + b.cy;
            } else {
                var down = b.top > a.top;
                var y1 = down ? a.bottom : a.top;
                var y2 = down ? b.top : b.bottom;
                var lift = Math.max(12, Math.abs(y2 - y1) / 2) * (down ? 1 : -1);
                d = 'M' + a.cx + ',' + y1 + ' C' + a.cx + ',' + (y1 + lift) + ' ' + b.cx + ',' + (y2 - lift) + ' ' + b.cx + ',' + y2;
            }
            var path = document.createElementNS(SVG, 'path');
            path.setAttribute('class', 'flow');
            path.setAttribute('d', d);
            path.setAttribute('marker-end', 'url(#flow-head)');
            svg.appendChild(path);
        });
    }

    // ---- every time the page or a part of it is drawn

    /** Lets the grid end at the window's foot: CSS subtracts where it starts from the window's height. */
    function fitGrid() {
        var g = grid();
        if (!g) { return; }
        var top = g.getBoundingClientRect().top + window.scrollY;
        root.style.setProperty('--bp-grid-top', Math.round(top) + 'px');
    }

    /** The heatmap's switch and period are drawn again with the page: the focus goes back to the one used. */
    function refocusHeatmap() {
        if (!focusAfterHeatmap) { return; }
        var el = document.getElementById(focusAfterHeatmap);
        focusAfterHeatmap = null;
        if (el) { el.focus(); }
    }

    function afterDraw() {
        applyLayout();
        refocusHeatmap();
        fitGrid();
        settleTabStop();
        announceMove();
        watchDialogs();
        markRefusedFields();
        keepDialogsInSight();
        queueDraw();
    }

    /** On opening: the heatmap as this person left it (the page is drawn without it). */
    function recallHeatmap() {
        var toggle = document.getElementById('toggle-heatmap');
        if (isHeatmapOn() && toggle && toggle.getAttribute('aria-pressed') !== 'true') { showHeatmap(true); }
    }

    applyLayout();
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', afterDraw);
    } else {
        afterDraw();
    }
    // after PrimeFaces has defined the remote command: it does so when jQuery says the page is ready
    if (window.jQuery) { window.jQuery(recallHeatmap); } else { window.addEventListener('load', recallHeatmap); }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxSend', function () {
            var el = document.activeElement;
            if (el && el.id && el.closest('.heatmap-controls')) { focusAfterHeatmap = el.id; }
        });
    }
    window.addEventListener('resize', queueDraw);
    if (document.fonts && document.fonts.ready) { document.fonts.ready.then(queueDraw); }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', afterDraw);
    }
})();
