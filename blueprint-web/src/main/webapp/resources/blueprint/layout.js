// A drop-down is named by its label, not by the value it shows: PrimeFaces' select menu sets the
// combobox's aria-label to the chosen option's text each time it shows one, so a screen reader would
// announce "All" instead of "Service, All". The label it was rendered with is put back.
(function () {
    var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
    if (!menu || !menu.prototype.setLabel) {
        return;
    }
    var shown = menu.prototype.setLabel;
    menu.prototype.setLabel = function () {
        var result = shown.apply(this, arguments);
        if (this.label && !this.cfg.editable) {
            if (this.cfg.label) {
                this.label.attr("aria-label", this.cfg.label);
            } else {
                this.label.removeAttr("aria-label");
            }
        }
        return result;
    };
})();

// The side menu folds to its icons; each user's choice is remembered in this browser.
(function () {
    function setUp() {
        var toggle = document.getElementById("menu-toggle");
        if (!toggle) {
            return;
        }
        var key = "bp:" + (document.body.getAttribute("data-user") || "") + ":menu-collapsed";
        var label = toggle.querySelector(".sr-only");
        function show(collapsed) {
            document.body.classList.toggle("menu-collapsed", collapsed);
            toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
            var text = toggle.getAttribute(collapsed ? "data-expand" : "data-collapse");
            toggle.setAttribute("title", text);
            label.textContent = text;
        }
        var stored = null;
        try {
            stored = window.localStorage.getItem(key);
        } catch (ignored) {
            // storage refused: the menu starts open
        }
        show(stored === "true");
        toggle.addEventListener("click", function () {
            var collapsed = !document.body.classList.contains("menu-collapsed");
            show(collapsed);
            try {
                window.localStorage.setItem(key, collapsed ? "true" : "false");
            } catch (ignored) {
                // not remembered, still folded
            }
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
